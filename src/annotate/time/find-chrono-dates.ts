import * as chrono from 'chrono-node';
import type { Span } from '../../model/index.js';
import { formatDay } from './reference-date.js';
import type { TimeCandidate } from './time-candidate.js';

// Cheap pre-filter: chrono is only run on stretches that can hold a date.
const DATEISH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year)\b|\b(?:1[89]|20)\d\d\b/i;
// A fixed reference for texts without a publication date: only dates that carry their year survive.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

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
  const piece = text.slice(range.start, range.end);
  if (!DATEISH.test(piece)) return [];
  const results = chrono.casual.parse(piece, { instant: reference ?? NO_REFERENCE, timezone: 0 });
  const out: TimeCandidate[] = [];
  for (const r of results) {
    const phrase = r.text.replace(/[\s,.;:]+$/, '');
    const start = range.start + r.index;
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
