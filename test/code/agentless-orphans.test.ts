import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('a passive act that names no doer and no party is no event', () => {
  it.each([
    ['a victim alone', 'A young man was killed near the market on Monday.'],
    ['a count of victims', 'Witnesses said five guards were killed during the night.'],
  ])('%s', (_name, text) => {
    expect(code(text)).toEqual([]);
  });
  it.each([
    [
      'an unnamed doer in the active',
      'Gunmen killed a young man near the market on Monday.',
      'ASSAULT >',
    ],
    ['a "by" agent', 'A young man was killed by gunmen near the market on Monday.', 'ASSAULT >'],
    [
      'a party among the victims',
      'Freedonian soldiers were killed near the market on Monday.',
      'ASSAULT',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
