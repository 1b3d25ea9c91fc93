import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'protest-dipl',
    pos: 'verb',
    lemma: 'protest',
    type: 'ACCUSE',
    mode: 'disapprove',
    object: ['against', 'over'],
    speech: true,
  },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });
const types = (text: string): string[] => code(text).map((e) => e.split(' ')[0] ?? '');

// Invented sentences; published Wednesday 2024-11-06.
describe('a crowd that protested against something holds a street protest (refiners/recode-crowd-protests)', () => {
  it.each([
    [
      'a count of people',
      'Hundreds of Freedonians protested on Monday against the Sylvanian deal.',
    ],
    ['a crowd noun', 'Freedonian students protested over the Sylvanian deal on Monday.'],
  ])('%s', (_name, text) => {
    expect(types(text)).toEqual(['PROTEST']);
  });
  it.each([
    ['a government', 'Freedonia protested against the Sylvanian deal on Monday.'],
    ['a ministry', 'The Freedonian ministry protested over the Sylvanian deal on Monday.'],
  ])('negative: %s disapproves', (_name, text) => {
    expect(types(text)).toEqual(['ACCUSE']);
  });
});
