import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'sanction', pos: 'verb', lemma: 'sanction', type: 'SANCTION', mode: 'economic' },
  { id: 'detain', pos: 'verb', lemma: 'detain', type: 'COERCE', mode: 'detain' },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('a partitive object ("one of X\'s officials") names the party acted on', () => {
  it.each([
    [
      'one of a state’s officials',
      'Freedonia sanctioned one of Sylvania’s most senior officials on Monday.',
      'SANCTION FRD>SYL',
    ],
    [
      'two of its soldiers',
      'Freedonia detained two of the Sylvanian soldiers on Monday.',
      'COERCE FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it.each([
    [
      'an "of" far from the verb is a preposition',
      'Freedonia sanctioned the ministers on Monday in support of Sylvania.',
      'SANCTION FRD>SYL',
    ],
    [
      'no quantity before "of"',
      'Freedonia sanctioned the head of Sylvania’s rival on Monday.',
      'SANCTION FRD>SYL',
    ],
  ])('negative: %s', (_name, text, unwanted) => {
    expect(code(text)).not.toContain(unwanted);
  });
});
