import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder, explanationLines } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'praise', pos: 'verb', lemma: 'praise', type: 'SUPPORT', mode: 'praise' },
  { id: 'defend-right', pos: 'verb', lemma: 'defend', type: 'SUPPORT', mode: null },
  { id: 'seize', pos: 'verb', lemma: 'seize', type: 'COERCE', mode: 'seize' },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });
const lines = explanationLines(dicts);
// the recipients the clause gave (the opponent rule may infer the same party later)
const fromClause = (text: string): string =>
  lines(text)
    .filter((l) => l.includes('recipients:'))
    .join('\n');

// Invented sentences; published Wednesday 2024-11-06.
describe('a party behind "of" in the verb\'s object is the party acted on', () => {
  it.each([
    [
      'the right of a state’s troops',
      'Freedonia on Monday defended the right of Sylvanian troops to patrol the river.',
      'SUPPORT FRD>SYL',
    ],
    [
      'the role of a state’s soldiers',
      'Freedonia on Monday praised the role of Sylvanian soldiers in the rescue.',
      'SUPPORT FRD>SYL',
    ],
    [
      'the deputy chief of a state’s forces',
      'Freedonian troops killed the deputy chief of Sylvanian forces on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'the assets of a state',
      'Freedonia seized the assets of Sylvania on Monday.',
      'COERCE FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
    expect(fromClause(text)).toMatch(/recipients: SYL/);
  });
  it.each([
    [
      'a possessor owns the party acted on',
      'Freedonian troops killed the deputy chief of Sylvania’s militia ally on Monday.',
    ],
    [
      'a disapproval: the victims behind "of" are not accused',
      'Freedonia condemned the killing of Sylvanian soldiers on Monday.',
    ],
    [
      'an "of" in a phrase after the object is a preposition',
      'Freedonia praised the rescuers on Monday in the name of Sylvania.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(fromClause(text)).not.toMatch(/recipients: SYL/);
  });
});
