import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../src/ingest/check-date.js';

const NOW = new Date('2025-06-15T12:00:00Z');

describe('dateProblem: the one check for given publication dates', () => {
  it.each([
    '2024-11-06',
    '2024-02-29',
    '2024-11',
    '2024',
    '2024-11-06T11:36:00Z',
    '2024-11-06T11:36+02:00',
    '2025-06-16',
  ])('accepts %s', (value) => expect(dateProblem(value, NOW)).toBeNull());

  it.each([
    ['2024-02-30', /February 2024 has 29 days/],
    ['2023-02-29', /February 2023 has 28 days/],
    ['2024-13-01', /no month 13/],
    ['2024-04-31', /April 2024 has 30 days/],
    ['not-a-date', /not a date; give it as YYYY-MM-DD/],
    ['06/11/2024', /not a date/],
    ['2024-11-06T25:99', /not a date/],
    ['9999-12-31', /in the future/],
    ['2025-06-18', /in the future/],
  ])('refuses %s', (value, why) => expect(dateProblem(value, NOW)).toMatch(why));
});
