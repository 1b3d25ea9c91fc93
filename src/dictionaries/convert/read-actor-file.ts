import { phraseWords, withoutComment } from './tabari-words.js';

/** A dated role of an actor: `from`/`to` are YYYY-MM-DD or null for an open end. */
export interface DatedRole {
  code: string;
  from: string | null;
  to: string | null;
}

/** One record of a TABARI/PETRARCH `.actors` file: its phrases, default code and dated roles. */
export interface ActorRecord {
  names: string[];
  /** The code on the primary line or an undated restriction (`[RUSELI]`); null when none. */
  code: string | null;
  roles: DatedRole[];
}

/**
 * A restriction date, YYYYMMDD or YYMMDD, as YYYY-MM-DD; two-digit years below 30 are 20YY
 * (the files were written in 2014 and name no later dates). Null for a malformed date.
 */
export function readRestrictionDate(raw: string): string | null {
  let digits = raw.trim();
  if (/^\d{6}$/.test(digits)) digits = `${Number(digits.slice(0, 2)) < 30 ? '20' : '19'}${digits}`;
  if (!/^\d{8}$/.test(digits)) return null;
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (month > 12 || day > 31) return null;
  const pad = (n: number): string => String(Math.max(n, 1)).padStart(2, '0');
  return `${digits.slice(0, 4)}-${pad(month)}-${pad(day)}`;
}

/** `RUSGOV >080508`, `USAELI 18970101-450703`, `AFGELI <780427`, `RUSELI`: null when malformed. */
export function readRestriction(body: string): DatedRole | 'default' | null {
  const m = /^([A-Z~]+)\s*(.*)$/.exec(body.trim());
  if (!m) return null;
  const code = m[1] ?? '';
  const when = (m[2] ?? '').trim();
  if (when === '') return 'default';
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(when);
  if (range) {
    const from = readRestrictionDate(range[1] ?? '');
    const to = readRestrictionDate(range[2] ?? '');
    return from && to ? { code, from, to } : null;
  }
  const open = /^([<>])\s*(\d+)$/.exec(when);
  if (!open) return null;
  const day = readRestrictionDate(open[2] ?? '');
  if (!day) return null;
  return open[1] === '>' ? { code, from: day, to: null } : { code, from: null, to: day };
}

const BRACKET = /\[([^\]]*)\]/;

/**
 * Reads an actors file: a record is a primary phrase (optionally `[CODE]`), `+` synonym lines and
 * tab-indented `[CODE restriction]` lines. Restrictions the format cannot read are dropped and
 * counted in `skipped`.
 */
export function readActorFile(text: string): { records: ActorRecord[]; skipped: number } {
  const records: ActorRecord[] = [];
  let current: ActorRecord | null = null;
  let skipped = 0;
  const addName = (rec: ActorRecord, raw: string): void => {
    const name = phraseWords(raw);
    if (name !== '' && !rec.names.includes(name)) rec.names.push(name);
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const m = /\[([^\]]*)\]/.exec(withoutComment(line));
      if (!current || !m) continue;
      const role = readRestriction(m[1] ?? '');
      if (role === 'default') current.code ??= (m[1] ?? '').trim();
      else if (role) current.roles.push(role);
      else skipped++;
      continue;
    }
    const body = withoutComment(line.replace(/\t/g, ' '));
    const bracket = BRACKET.exec(body);
    const phrase = body
      .replace(BRACKET, '')
      .replace(/\{[^}]*\}/g, '')
      .trim();
    if (line.startsWith('+') && current) {
      addName(current, phrase);
      continue;
    }
    current = { names: [], code: null, roles: [] };
    // the primary line may carry a code or a dated restriction of its own
    const restriction = bracket ? readRestriction(bracket[1] ?? '') : null;
    if (restriction === 'default') current.code = (bracket?.[1] ?? '').trim();
    else if (restriction) current.roles.push(restriction);
    else if (bracket) skipped++;
    addName(current, phrase);
    if (current.names.length > 0) records.push(current);
  }
  return { records, skipped };
}
