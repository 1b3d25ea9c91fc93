import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// The fighting noun and a meeting verb, reciprocal as the shipped dictionary has them.
const EXTRA: TriggerEntry[] = [
  {
    id: 'clashes-n',
    pos: 'noun',
    words: ['clashes', 'clash'],
    type: 'ASSAULT',
    mode: null,
    reciprocal: true,
  },
  { id: 'meet', pos: 'verb', lemma: 'meet', type: 'CONSULT', mode: null, reciprocal: true },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('the press takes no part in the fighting it is told of', () => {
  it.each([
    [
      'media named after the fighting sides, behind a comma',
      'Freedonia said there were “small-scale clashes” between Freedonian troops and Sylvanian soldiers, in an interview with Marsovian media.',
      ['ASSAULT FRD+SYL>'],
    ],
    [
      'media named after the fighting sides',
      'Freedonia said on Monday there were clashes between Freedonian troops and Sylvanian soldiers in an interview with Marsovian media.',
      ['ASSAULT FRD+SYL>'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text).filter((e) => e.startsWith('ASSAULT'))).toEqual(expected);
  });
  it.each([
    [
      'a state of the same name fights',
      'Freedonia said on Monday there were small clashes between Freedonian troops and Marsovian soldiers.',
      'ASSAULT FRD+MRS>',
    ],
    [
      'a meeting with the press is a meeting',
      'Freedonia met with Marsovian media on Monday.',
      'CONSULT FRD+MRS>',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});
