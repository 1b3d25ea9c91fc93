import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map((e) => compactEvent(e));

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
