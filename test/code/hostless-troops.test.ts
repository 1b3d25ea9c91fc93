import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'strike',
    pos: 'verb',
    lemma: 'strike',
    forms: ['strike', 'strikes', 'struck'],
    type: 'ASSAULT',
    mode: null,
  },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('troops a state uses in its own attack are no aid', () => {
  it('jets deployed to strike the other side', () => {
    const got = code('Freedonian forces deployed jets on Monday, which struck Sylvanian troops.');
    expect(got.filter((e) => e.startsWith('AID'))).toEqual([]);
    expect(got.some((e) => e.startsWith('ASSAULT FRD>SYL'))).toBe(true);
  });
  it.each([
    [
      'troops sent to another state',
      'Freedonia deployed troops to Sylvania on Monday, which struck rebel camps.',
      'AID FRD>SYL',
    ],
    [
      'troops with no attack beside them',
      'Freedonian forces deployed jets on Monday.',
      'MOBILIZE FRD>',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
