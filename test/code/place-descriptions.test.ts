import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'station',
    pos: 'verb',
    lemma: 'station',
    type: 'AID',
    mode: 'troops',
    object: ['troops', 'forces', 'soldiers'],
    objectActor: true,
  },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('a present "where" clause describes its place', () => {
  it.each([
    [
      'where borders meet',
      'Shots were heard near the old fort, where Freedonia and Sylvania meet.',
    ],
    [
      'where troops are posted',
      'Sylvania shelled the road to the old fort, where Freedonian troops are stationed.',
    ],
  ])('%s', (_name, text) => {
    const got = code(text);
    expect(got.filter((e) => e.startsWith('CONSULT') || e.startsWith('AID'))).toEqual([]);
  });
  it.each([
    [
      'a past act in a where clause',
      'Talks resumed in Fredville, where Freedonia and Sylvania met on Monday.',
      'CONSULT FRD+SYL',
    ],
    [
      'an act in the main clause',
      'Freedonia and Sylvania meet on Monday near the old fort.',
      'CONSULT FRD+SYL',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
