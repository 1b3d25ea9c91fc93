import { describe, expect, it } from 'vitest';
import { chronoCalls } from './support/chrono-calls.js';
import { DATE_PARSER, findChronoDates } from '../../src/annotate/time/find-chrono-dates.js';
import { findSimpleDates } from '../../src/annotate/time/find-simple-dates.js';

const REFERENCE = new Date('2024-11-06T12:00:00Z');

// What chrono alone makes of the ISO dates in a text: text, day and what it knows.
function chronoReading(text: string): [string, string, boolean, boolean, boolean][] {
  return DATE_PARSER.parse(text, { instant: REFERENCE, timezone: 0 })
    .filter((r) => /^\d{4}-/.test(r.text))
    .map((r) => [
      r.text,
      r.start.date().toISOString().slice(0, 10),
      r.start.isCertain('year'),
      r.start.isCertain('month'),
      r.start.isCertain('day'),
    ]);
}

function simpleReading(text: string): [string, string, boolean, boolean, boolean][] {
  return findSimpleDates(text, { start: 0, end: text.length }, REFERENCE)
    .candidates.filter((c) => c.ruleId === 'time/iso')
    .map((c) => [c.text, c.date ?? '', c.known.year, c.known.month, c.known.day]);
}

describe('ISO dates read without chrono', () => {
  it.each([
    'Posted 2024-10-23 by the Sylvanian desk.',
    'Updated: 2025-1-7, Freedonia time',
    'Talks (2023-12-31) ended.',
    'date 2024-10-23 The Sylvanian ministry said',
    'date 2024-10-23 U.S. officials in Xia said',
    'Filed 2024-10-22 (Freedonia Press) after talks.',
    'Ministry notice, 2024-11-04; 2024-11-05.',
  ])('reads "%s" as chrono reads it', (text) => {
    expect(simpleReading(text)).toEqual(chronoReading(text));
    expect(simpleReading(text).length).toBeGreaterThan(0);
  });

  it.each([
    // a time after the day: chrono reads the time too
    'Filed 2024-10-23T10:00Z from Xia.',
    // a day the month lacks, a month of the year's thirteenth
    'Dated 2023-02-29 in the ledger.',
    'Dated 2023-13-02 in the ledger.',
    // glued to a word, or a year no news dates
    'Ref x2024-10-23 and 1850-01-02.',
    // what chrono's refiners join to the date: a range, a zone, an offset, a weekday, a duration
    'From 2024-03-05 to 2024-03-09 the border stayed shut.',
    'Closed 2024-03-05 - 2024-03-09 by order.',
    'Signed 2024-10-23 UTC in Xia.',
    'Signed 2024-10-23 (EST) in Xia.',
    'Signed 2024-10-23 +0300 in Xia.',
    'Due 2024-10-23 +2 days later.',
    'Signed Monday, 2024-10-23 in Xia.',
    'Two days after 2024-10-23 the envoy left.',
  ])('leaves "%s" to chrono', (text) => {
    expect(simpleReading(text)).toEqual([]);
  });

  it.each([
    'From 2024-03-05 to 2024-03-09 the border stayed shut.',
    'Signed 2024-10-23 UTC in Xia.',
    'Signed Monday, 2024-10-23 in Xia.',
  ])('and chrono joins something to the date in "%s" (the reason it is left)', (text) => {
    const joined = DATE_PARSER.parse(text, { instant: REFERENCE, timezone: 0 });
    expect(
      joined.some((r) => /\d{4}-\d\d-\d\d/.test(r.text) && !/^\d{4}-\d\d-\d\d$/.test(r.text)),
    ).toBe(true);
  });

  it('gives the sentence the dates chrono gave it, with no chrono call for them', () => {
    const text = 'Sylvania closed the crossing, the notice of 2024-10-23 said.';
    const range = { start: 0, end: text.length };
    const found = findChronoDates(text, range, REFERENCE).map((c) => [c.text, c.date, c.precision]);
    expect(found).toEqual([['2024-10-23', '2024-10-23', 'day']]);
    const calls = chronoCalls(() => findChronoDates(text, range, REFERENCE));
    expect(calls).toEqual([]);
  });
});
