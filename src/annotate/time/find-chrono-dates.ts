import * as chrono from 'chrono-node/en';
import type { Span } from '../../model/index.js';
import { isSpaceCode } from '../mention-utils.js';
import { formatDay } from './reference-date.js';
import { findSimpleDates } from './find-simple-dates.js';
import type { TimeCandidate } from './time-candidate.js';

// Cheap pre-filter: chrono is only run on stretches that can hold a date.
const DATEISH_G =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year)\b|\b(?:1[89]|20)\d\d\b/gi;
// What every DATEISH_G match and every simple date holds (a month's first letters, "day",
// "tonight", a unit, a year): a sentence without any is skipped whole.
const MAY_HOLD_DATE_WORD =
  /jan|feb|ma[ry]|apr|ju[nl]|aug|sep|oct|nov|dec|day|tonight|week|month|year|1[89]\d\d|20\d\d/i;
// Dates only: the clock-time and "within/later" parsers cost most and find nothing a report dates by.
const DATE_PARSER = (() => {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter(
    (p) => !/TimeExpression|CasualTime|TimeUnitWithin|TimeUnitLater/.test(p.constructor.name),
  );
  return parser;
})();
const RELATIVE =
  /\b(?:last|this|next|past|previous|coming|same|that|early|late|mid|earlier|later)\s+$/i;
// A fixed reference for texts without a publication date: only dates that carry their year survive.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

// Whether a span overlaps [start, end): a loop, not some(), to spare a closure per test.
function covers(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

/**
 * Proposes date phrases with chrono-node, resolved against the reference date.
 *
 * @example
 * findChronoDates('met on Monday', { start: 0, end: 13 }, new Date('2024-11-06T12:00:00Z'));
 */
export function findChronoDates(
  text: string,
  range: Span,
  reference: Date | null,
): TimeCandidate[] {
  // chrono runs on short windows around date words, not on whole sentences: the cost is in its parsers
  const piece = text.slice(range.start, range.end);
  // No date word of either kind: neither the simple shapes nor chrono's windows can be found.
  if (!MAY_HOLD_DATE_WORD.test(piece)) return [];
  const windows: Span[] = [];
  // the common shapes are read directly; chrono only sees date words they leave over
  const simple = findSimpleDates(text, range, reference);
  // exec on the shared regex: matchAll would clone it per sentence
  DATEISH_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATEISH_G.exec(piece))) {
    const at = range.start + m.index;
    if (covers(simple.covered, at, at + 1)) continue;
    // "week", "month", "year" date something only with a deictic word ("last week", "this month")
    if (
      /^(?:week|month|year)$/i.test(m[0]) &&
      !RELATIVE.test(piece.slice(Math.max(0, m.index - 14), m.index))
    )
      continue;
    let start = Math.max(0, m.index - 24);
    let end = Math.min(piece.length, m.index + m[0].length + 24);
    while (start > 0 && !isSpaceCode(piece.charCodeAt(start - 1))) start--;
    while (end < piece.length && !isSpaceCode(piece.charCodeAt(end))) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  if (windows.length === 0) return simple.candidates;
  const results = windows.flatMap((w) =>
    DATE_PARSER.parse(piece.slice(w.start, w.end), {
      instant: reference ?? NO_REFERENCE,
      timezone: 0,
    }).map((r) => ({ r, offset: w.start })),
  );
  const out: TimeCandidate[] = [...simple.candidates];
  for (const { r, offset } of results) {
    const phrase = r.text.replace(/[\s,.;:]+$/, '');
    const start = range.start + offset + r.index;
    if (covers(simple.covered, start, start + r.text.length)) continue;
    // "may", "march": verbs unless capitalised
    if (/^(?:may|march)\b/.test(phrase)) continue;
    const known = {
      year: r.start.isCertain('year'),
      month: r.start.isCertain('month'),
      day: r.start.isCertain('day'),
      weekday: r.start.isCertain('weekday'),
    };
    const day = formatDay(r.start.date());
    const precision =
      known.day || (known.weekday && !known.month) ? 'day' : known.month ? 'month' : 'year';
    out.push({
      span: { start, end: start + phrase.length },
      text: phrase,
      date: precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4),
      precision,
      ruleId: 'time/chrono',
      known,
      before: text.slice(Math.max(0, start - 16), start).toLowerCase(),
    });
  }
  return out;
}
