import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'accuse', pos: 'verb', lemma: 'accuse', type: 'ACCUSE', mode: 'allege' },
];
const dicts = testDictionaries(EXTRA);
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('accusations traded between the sides are their dispute, not an ACCUSE event', () => {
  it.each([
    ['"each other"', 'Freedonia and Sylvania accused each other of breaking the truce on Monday.'],
    ['"one another"', 'Freedonia and Sylvania accused one another of lying on Monday.'],
  ])('%s', (_name, text) => {
    expect(code(text).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
  it.each([
    [
      'a one-sided charge',
      'Freedonia accused Sylvania of breaking the truce on Monday.',
      'ACCUSE FRD>SYL',
    ],
    [
      'a meeting with each other',
      'Freedonia and Sylvania met each other on Monday.',
      'CONSULT FRD+SYL',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
