import type { DatePrecision, Span } from '../../model/index.js';
import { formatDay } from './reference-date.js';
import {
  resolveCandidate,
  textBefore,
  timeCandidate,
  type TimeCandidate,
} from './time-candidate.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// The common shapes of news dates, each with what it fixes; chrono handles everything else.
const SIMPLE = new RegExp(
  [
    `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
    `\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`,
    `\\b${MONTH}(?:\\s+(\\d{4}))?\\b`,
    `\\b(?:on\\s+)?${WEEKDAY}\\b`,
    '\\b(yesterday|today)\\b',
    '\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+(week|month|year)\\b',
  ].join('|'),
  'g',
);
// Every shape holds one of these (a month's first letters, "day" of weekdays, "yesterday" and
// "today", or a unit): a sentence without any skips the big regex.
const MAY_HOLD_DATE = /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|day|week|month|year/;
/**
 * An ISO date as chrono's ISO parser reads it when no time follows ("2024-10-23", page furniture
 * mostly), for the years news dates: a word character after it ("2024-10-23T10:00") or before
 * it, another year, or a day the month lacks is left to chrono.
 */
const ISO_DATE = /(?<![A-Za-z0-9_])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![A-Za-z0-9_])/g;
// What chrono's refiners (chrono-node 2.10) may join to a date after it, read conservatively: a
// time zone's capitals ("UTC", "(EST)"), an offset or a signed duration ("+0300", "+2 days"),
// a range's connector ("to", "until", a dash). Such a date is left to chrono.
const JOINED_AFTER =
  /^\s*(?:,?\s*\(?(?:GMT|UTC)?\s?[+\-\u2013\u2014]|(?:to|until|through|till)(?![A-Za-z]))/i;
// (a zone's name only in capitals: chrono joins none written otherwise to a date alone)
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/;
// ... and before it: a weekday ("Monday, 2024-10-23"), a duration's "before/after/from/since"
// ("2 days after 2024-10-23"), a range's connector.
const JOINED_BEFORE =
  /(?:\b(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?|\b(?:before|after|from|since|to|until|through|till)|[-\u2013\u2014])\s*$/i;
// Shared by the sentences that hold no date; never written to.
const NO_SPANS: readonly Span[] = [];
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Reads the common date shapes ("October 24", "24 October 2024", "in June", "on Monday",
 * "yesterday", "last week") without chrono: the time finder's fast path. Returns the
 * candidates and the spans it covered.
 */
export function findSimpleDates(
  text: string,
  range: Span,
  reference: Date | null,
): { candidates: TimeCandidate[]; covered: readonly Span[] } {
  const piece = text.slice(range.start, range.end);
  const iso = piece.includes('-') ? isoDates(text, range, piece) : null;
  if (!MAY_HOLD_DATE.test(piece)) return iso ?? { candidates: [], covered: NO_SPANS };
  const candidates: TimeCandidate[] = [];
  const covered: Span[] = [];
  // read only, never changed: copied before any date arithmetic
  const ref = reference ?? NO_REFERENCE;
  // exec on the shared regex: matchAll would clone it per sentence
  SIMPLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIMPLE.exec(piece))) {
    const start = range.start + m.index;
    const end = start + m[0].length;
    const before = textBefore(text, start);
    const span = { start, end };
    const found = m[0];
    const make = (date: string, precision: DatePrecision, known: TimeCandidate['known']) =>
      timeCandidate(span, found, date, precision, 'time/simple', known, before);
    const year = ref.getUTCFullYear();
    let c: TimeCandidate | null = null;
    if (m[1] && m[2]) {
      const day = Number(m[2]);
      const y = m[3] ? Number(m[3]) : year;
      c = make(`${y}-${pad(monthIndex(m[1]) + 1)}-${pad(day)}`, 'day', {
        year: !!m[3],
        month: true,
        day: true,
        weekday: false,
      });
    } else if (m[4] && m[5]) {
      const y = m[6] ? Number(m[6]) : year;
      c = make(`${y}-${pad(monthIndex(m[5]) + 1)}-${pad(Number(m[4]))}`, 'day', {
        year: !!m[6],
        month: true,
        day: true,
        weekday: false,
      });
    } else if (m[7]) {
      // "may" and "march" are verbs too: a bare month counts only capitalised
      if (
        !m[8] &&
        /^(?:May|March)$/.test(m[7]) &&
        !/\b(?:in|since|until|by|of|early|late|mid|last|next|this)\s+$/.test(before)
      )
        continue;
      const y = m[8] ? Number(m[8]) : year;
      c = make(`${y}-${pad(monthIndex(m[7]) + 1)}`, 'month', {
        year: !!m[8],
        month: true,
        day: false,
        weekday: false,
      });
    } else if (m[9]) {
      c = make(formatDay(ref), 'day', { year: false, month: false, day: false, weekday: true });
    } else if (m[10]) {
      const d = new Date(ref.getTime() - (m[10].toLowerCase() === 'yesterday' ? 86_400_000 : 0));
      c = make(formatDay(d), 'day', { year: true, month: true, day: true, weekday: false });
    } else if (m[11] && m[12]) {
      const dir = { last: -1, this: 0, next: 1 }[m[11].toLowerCase() as 'last' | 'this' | 'next'];
      const unit = m[12].toLowerCase();
      const d = new Date(ref.getTime());
      if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * dir);
      if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + dir, 1);
      if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + dir);
      const day = formatDay(d);
      const precision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
      c = make(
        precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day,
        precision,
        { year: true, month: unit !== 'year', day: unit === 'week', weekday: false },
      );
    }
    if (!c) continue;
    if (!reference && !c.known.year)
      c = resolveCandidate(c, null, c.precision, 'time/no-reference');
    candidates.push(c);
    covered.push({ start, end });
  }
  if (iso) {
    candidates.push(...iso.candidates);
    covered.push(...iso.covered);
  }
  return { candidates, covered };
}

// The ISO dates of a sentence (see ISO_DATE), as chrono gives them: the day, known in full.
function isoDates(
  text: string,
  range: Span,
  piece: string,
): { candidates: TimeCandidate[]; covered: Span[] } | null {
  let out: { candidates: TimeCandidate[]; covered: Span[] } | null = null;
  ISO_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ISO_DATE.exec(piece))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day, 12));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    const after = piece.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const before = piece.slice(Math.max(0, m.index - 16), m.index);
    if (JOINED_AFTER.test(after) || ZONE_AFTER.test(after) || JOINED_BEFORE.test(before)) continue;
    const start = range.start + m.index;
    const span = { start, end: start + m[0].length };
    const known = { year: true, month: true, day: true, weekday: false };
    out ??= { candidates: [], covered: [] };
    out.candidates.push(
      timeCandidate(span, m[0], formatDay(date), 'day', 'time/iso', known, textBefore(text, start)),
    );
    out.covered.push(span);
  }
  return out;
}
