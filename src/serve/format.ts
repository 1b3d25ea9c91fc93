import { createRequire } from 'node:module';
import type {
  ActorRef,
  ClaimStatement,
  Evidence,
  Incident,
  Quantity,
  Span,
  Stance,
} from '../model/index.js';
import { Institution } from '../annotate/actors/actor-dictionaries.js';
import { loadDictionary } from '../dictionaries/load-dictionary.js';
import { CLAIM_STATUS_LABELS, ploverStateCode } from '../model/index.js';
import type { SafeHtml } from './html.js';
import { escapeHtml, raw } from './html.js';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json') as {
  cca3: string;
  name: { common: string };
}[];
const countryByCode = new Map(countries.map((c) => [ploverStateCode(c.cca3), c.name.common]));

let institutionByCode: Map<string, string> | null = null;

// A body's code as readers know it: the name of the first institution the dictionary gives it
// ("UNO" -> "United Nations"), read on the first code that is no country.
function institutionName(code: string): string | undefined {
  institutionByCode ??= new Map(
    loadDictionary('actor-institutions', Institution, (e) => e.id)
      .entries.map((i) => [i.code, i.name] as const)
      .reverse(),
  );
  return institutionByCode.get(code);
}

/** An actor as readers know it: a store name that is only a code becomes the country's or body's name. */
export function actorLabel(a: Pick<ActorRef, 'code' | 'name'>): string {
  if (a.name && a.name !== a.code) return a.name;
  return countryByCode.get(a.code) ?? institutionName(a.code) ?? a.name;
}

/** A crisis name as readers know it: a bare country code in it ("GUY – Venezuela") becomes the name. */
export function crisisTitle(name: string): string {
  return name.replace(/\b[A-Z]{3}\b/g, (code) => countryByCode.get(code) ?? code);
}

/** `['A', 'B', 'C']` -> `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-11-06` -> `6 Nov 2024`; `2024-11` -> `Nov 2024`; date-times keep their date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1] ?? value;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** The ISO day (or coarser) an incident is placed at on the timeline. */
export function incidentDate(incident: Incident): string | null {
  return incident.when?.date ?? incident.firstReported?.slice(0, 10) ?? null;
}

const QUALIFIER_WORDS: Record<Quantity['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'up to': 'up to ',
  'more than': 'more than ',
  'at least': 'at least ',
  'fewer than': 'fewer than ',
  several: 'several ',
  dozens: 'dozens of ',
  hundreds: 'hundreds of ',
  thousands: 'thousands of ',
  'tens of thousands': 'tens of thousands of ',
  'hundreds of thousands': 'hundreds of thousands of ',
};

// One formatter for every figure: toLocaleString builds a new one on each call.
const NUMBER = new Intl.NumberFormat('en-GB');

/**
 * `{value: 10000, unit: 'troops', qualifier: 'about'}` -> `about 10,000 troops`; a range keeps
 * its bounds: `10,000–12,000 troops`.
 */
export function formatQuantity(q: Quantity): string {
  if (q.value === null) return q.text;
  const upper = q.upper ?? null;
  const amount =
    upper !== null && upper > q.value
      ? `${NUMBER.format(q.value)}–${NUMBER.format(upper)}`
      : NUMBER.format(q.value);
  return `${QUALIFIER_WORDS[q.qualifier]}${amount} ${q.unit}`.trim();
}

export function actorNames(refs: readonly ActorRef[]): string {
  const names = [...new Set(refs.map(actorLabel))];
  return names.join(', ');
}

/** Each claim status in words (the model's labels, under the name the pages use). */
export const STATUS_LABELS = CLAIM_STATUS_LABELS;

export const STANCE_LABELS: Record<Stance, string> = {
  assert: 'asserts',
  deny: 'denies',
  confirm: 'confirms',
  noncommittal: 'noncommittal',
  retract: 'retracts',
};

/** Who a statement comes from, in words. */
export function sourceName(s: Pick<ClaimStatement, 'source' | 'sourceKind' | 'outlet'>): string {
  if (s.source) return actorLabel(s.source);
  if (s.sourceKind === 'unnamed') return 'Unnamed sources';
  return s.outlet ?? 'The outlet';
}

/** "Russia denies", "news.example.org reports": who says it and how. */
export function stanceText(
  s: Pick<ClaimStatement, 'source' | 'sourceKind' | 'outlet' | 'stance'>,
): string {
  const verb =
    s.sourceKind === 'outlet' && s.stance === 'assert' ? 'reports' : STANCE_LABELS[s.stance];
  // "Unnamed sources" is plural: "assert", not "asserts".
  const plural = !s.source && s.sourceKind === 'unnamed';
  return `${sourceName(s)} ${plural ? PLURAL_VERBS[s.stance] : verb}`;
}

const PLURAL_VERBS: Record<Stance, string> = {
  assert: 'assert',
  deny: 'deny',
  confirm: 'confirm',
  noncommittal: 'noncommittal',
  retract: 'retract',
};

/** The outlet's name from its URL when the store has none. */
export function outletName(outlet: string | null, url: string | null): string {
  if (outlet) return outlet;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through
    }
  }
  return 'Unknown outlet';
}

/**
 * The evidence text with the given absolute spans (those inside it) and literal phrases marked with
 * `<mark>`; everything escaped.
 */
export function markEvidence(
  evidence: Evidence,
  spans: readonly (Span | undefined)[],
  phrases: readonly (string | null | undefined)[] = [],
): SafeHtml {
  const text = evidence.text;
  const ranges: [number, number][] = [];
  const aligned = evidence.span.end - evidence.span.start === text.length;
  if (aligned) {
    for (const s of spans) {
      if (!s || s.start < evidence.span.start || s.end > evidence.span.end || s.end <= s.start)
        continue;
      ranges.push([s.start - evidence.span.start, s.end - evidence.span.start]);
    }
  }
  for (const phrase of phrases) {
    if (!phrase || phrase.length < 2) continue;
    const at = text.toLowerCase().indexOf(phrase.toLowerCase());
    if (at >= 0) ranges.push([at, at + phrase.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // A run-on "sentence" (a paragraph the splitter could not cut) is shown around its marks.
  const [from, to] = evidenceWindow(text, ranges);
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const [start, rawEnd] of ranges) {
    if (start >= to) break;
    const end = Math.min(rawEnd, to);
    if (end <= pos) continue;
    const at = Math.max(start, pos);
    out += escapeHtml(text.slice(pos, at)) + `<mark>${escapeHtml(text.slice(at, end))}</mark>`;
    pos = end;
  }
  out += escapeHtml(text.slice(pos, to)) + (to < text.length ? '…' : '');
  return raw(out);
}

const LONG_EVIDENCE = 480;
const CONTEXT = 160;

/** The part of a long evidence text worth showing: its marks with some context, cut at spaces. */
function evidenceWindow(text: string, ranges: readonly [number, number][]): [number, number] {
  if (text.length <= LONG_EVIDENCE) return [0, text.length];
  const first = ranges[0]?.[0] ?? 0;
  const last = Math.max(first, ...ranges.map((r) => r[1]));
  let from = Math.max(0, first - CONTEXT);
  let to = Math.min(text.length, Math.max(last + CONTEXT, from + LONG_EVIDENCE / 2));
  if (to - from > LONG_EVIDENCE * 1.5) to = Math.min(text.length, from + LONG_EVIDENCE * 1.5);
  if (from > 0) from = snapToSpace(text, from, 1);
  if (to < text.length) to = snapToSpace(text, to, -1);
  return [from, Math.max(from, to)];
}

function snapToSpace(text: string, at: number, step: 1 | -1): number {
  for (let i = at, n = 0; i > 0 && i < text.length && n < 40; i += step, n++)
    if (text[i] === ' ') return step === 1 ? i + 1 : i;
  return at;
}

/** Plain text shortened to about `max` characters at a space, with an ellipsis. */
export function clip(text: string, max = LONG_EVIDENCE): string {
  if (text.length <= max) return text;
  return `${text.slice(0, snapToSpace(text, max, -1)).trimEnd()}…`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
