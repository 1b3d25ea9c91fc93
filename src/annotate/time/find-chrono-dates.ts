import * as chrono from 'chrono-node/en';
import type { Span } from '../../model/index.js';
import { isSpaceCode } from '../mention-utils.js';
import { formatDay } from './reference-date.js';
import { findSimpleDates } from './find-simple-dates.js';
import { textBefore, type TimeCandidate } from './time-candidate.js';

// Cheap pre-filter: chrono is only run on stretches that can hold a date.
const DATEISH_G =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year)\b|\b(?:1[89]|20)\d\d\b/gi;
// What every DATEISH_G match and every simple date holds (a month's first letters, "day",
// "tonight", a unit, a year): a sentence without any is skipped whole.
const MAY_HOLD_DATE_WORD =
  /jan|feb|ma[ry]|apr|ju[nl]|aug|sep|oct|nov|dec|day|tonight|week|month|year|1[89]\d\d|20\d\d/i;
/**
 * Dates only: the clock-time and "within/later" parsers cost most and find nothing a report
 * dates by.
 */
export const DATE_PARSER = (() => {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter(
    (p) => !/TimeExpression|CasualTime|TimeUnitWithin|TimeUnitLater/.test(p.constructor.name),
  );
  return parser;
})();

// The parsers DATE_PARSER keeps, by name: CHRONO_MAY_MATCH below was read off their patterns.
const KNOWN_PARSERS = [
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENYearMonthNameParser',
  'ENCasualDateParser',
  'ENEndOfCurrentMonthParser',
  'ENMonthNameParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
].join(' ');
const CHRONO_MONTH =
  'september|february|november|december|january|october|august|march|april|sept|june|july|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';
const CHRONO_WEEKDAY =
  'wednesday|thursday|saturday|tuesday|sunday|monday|friday|thurs|thur|thu|sun|mon|tue|wed|fri|sat|weekend|weekday';
const CHRONO_ORDINAL =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty';
const CHRONO_UNIT =
  'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
const CHRONO_AMOUNT =
  '(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?';
/**
 * What some pattern of DATE_PARSER's parsers must find for chrono to return anything: a window
 * without it is not parsed (chrono returns nothing there, and its refiners make nothing of
 * nothing). Each branch is implied by the patterns of chrono-node 2.10 (flags "i", no "u"):
 * - a month name followed by a non-word, a digit, "of" or an ordinal (the month-name parsers and
 *   the year-month ones; "decision", "marks", "maritime" fail);
 * - a weekday followed by a non-word, "of" or this/last/past/next (the weekday parser);
 * - a digit, / . or -, a digit (the slash and ISO formats); a year, separator, day, separator,
 *   digit (the year-month-day format with numbers);
 * - a unit's last letter before ago/before/earlier (the "ago" parser);
 * - the casual words, "end of the month", and the relative phrases as their patterns read them
 *   (the last, up to its first unit).
 * A test checks the patterns against a snapshot: a new chrono-node means reading them again.
 */
const CHRONO_MAY_MATCH = new RegExp(
  [
    `(?:${CHRONO_MONTH})(?:\\W|$|\\d|of|${CHRONO_ORDINAL})`,
    `(?:${CHRONO_WEEKDAY})(?:\\W|$|of|this|last|past|next)`,
    '\\d[\\/.\\-]\\d',
    '\\d{4}[-.\\/\\s]\\d{1,2}[-.\\/\\s]\\d',
    '[a-z]\\s{0,5}(?:ago|before|earlier)(?=\\W|$)',
    '(?:^|\\W)(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)(?=\\W|$)',
    '(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month(?=\\W|$)',
    `(?:^|\\W)(?:this|last|past|next|after\\s*this)\\s*(?:${CHRONO_UNIT})(?=\\W|$)`,
    `(?:^|\\W)(?:this|last|past|next|after|\\+|-)\\s*(?:(?:about|around)\\s{0,3})?(?:${CHRONO_AMOUNT})\\s{0,3}(?:${CHRONO_UNIT})`,
  ].join('|'),
  'i',
);
// Only where DATE_PARSER holds the parsers the filter was read from: otherwise every window.
const FILTER_WINDOWS =
  DATE_PARSER.parsers.map((p) => p.constructor.name).join(' ') === KNOWN_PARSERS;

/** Whether chrono's parsers may find a date in `window` (false: they surely find none). */
export function chronoMayMatch(window: string): boolean {
  return !FILTER_WINDOWS || CHRONO_MAY_MATCH.test(window);
}

/**
 * `window` (which starts at offset `at` of the text) with the characters of `spans` that fall in
 * it turned to spaces. A parser's match that lies wholly outside the spans is untouched, and the
 * lookarounds of CHRONO_MAY_MATCH only see more non-word characters, so the filter passes on
 * every window where chrono could find a date that overlaps none of them.
 */
export function blankedOut(window: string, at: number, spans: readonly Span[]): string {
  let out = window;
  for (const s of spans) {
    const from = Math.max(0, s.start - at);
    const to = Math.min(window.length, s.end - at);
    if (from < to) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

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
  const results: { r: chrono.ParsedResult; offset: number }[] = [];
  for (const w of windows) {
    const window = piece.slice(w.start, w.end);
    // most windows hold a word like "decision" or a bare year, which no parser reads; and a date
    // chrono could find only where it overlaps a date read directly is dropped below, so the
    // test reads the window with those dates blanked out
    if (!chronoMayMatch(blankedOut(window, range.start + w.start, simple.covered))) continue;
    const parsed = DATE_PARSER.parse(window, { instant: reference ?? NO_REFERENCE, timezone: 0 });
    for (const r of parsed) results.push({ r, offset: w.start });
  }
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
      before: textBefore(text, start),
    });
  }
  return out;
}
