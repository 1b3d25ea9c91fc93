import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('an act whose only doer codes as no party is no event', () => {
  it.each([
    ['a count as subject', 'The number of guards killed in the last week has risen to 12.'],
    ['a toll as subject', 'The toll of villagers killed on Monday rose to nine.'],
    ['bare forces of no named state', 'Troops used mortars to shell villages along the river.'],
    ['bare soldiers of no named state', 'Soldiers shelled the hills near the lake on Monday.'],
  ])('%s', (_name, text) => {
    expect(code(text)).toEqual([]);
  });
  it.each([
    [
      'an armed group of its own',
      'Gunmen killed a young man near the market on Monday.',
      'ASSAULT >',
    ],
    ['fighters act as a group', 'Fighters shelled the hills near the lake on Monday.', 'ASSAULT >'],
    [
      'forces of a named state',
      'Freedonian troops shelled the hills near the lake on Monday.',
      'ASSAULT FRD',
    ],
    [
      'a count that is no subject',
      'Gunmen killed a number of guards near the market on Monday.',
      'ASSAULT >',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
