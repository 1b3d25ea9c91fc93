import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'speak-with',
    pos: 'verb',
    lemma: 'speak',
    forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
    type: 'CONSULT',
    mode: null,
    object: ['with'],
    reciprocal: true,
  },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('a subject that consults two parties named after "with" consults each', () => {
  it.each([
    [
      'two leaders after "with"',
      "Freedonia's president said he had spoken with Sylvania's prime minister and Osterlich's foreign minister.",
      ['CONSULT FRD+SYL>', 'CONSULT FRD+OST>'],
    ],
    [
      'three parties in a list',
      'Freedonia met with Sylvania, Osterlich and Marsovia on Monday.',
      ['CONSULT FRD+SYL>', 'CONSULT FRD+OST>', 'CONSULT FRD+MRS>'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
  it.each([
    ['one party after "with"', 'Freedonia met with Sylvania on Monday.', ['CONSULT FRD+SYL>']],
    [
      'two parties in the subject, one after "with"',
      'Freedonian and Sylvanian envoys met with Osterlich officials on Monday.',
      ['CONSULT FRD+SYL+OST>'],
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});
