import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// The aiming verb and the sanction noun as the shipped dictionary has them.
const EXTRA: TriggerEntry[] = [
  {
    id: 'target',
    pos: 'verb',
    lemma: 'target',
    type: 'ASSAULT',
    mode: 'targeted',
    doerOwns: true,
  },
  {
    id: 'sanctions',
    pos: 'noun',
    words: ['sanctions', 'embargo'],
    type: 'SANCTION',
    mode: 'economic',
    nominalNeedsActor: true,
  },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });
const attacks = (text: string): string[] => code(text).filter((e) => e.startsWith('ASSAULT'));

// Invented sentences; published Wednesday 2024-11-06.
describe('one "targeted for" what they did beside a sanction is its aim, not a victim', () => {
  it.each([
    [
      'a minister targeted for what he did, the sanctions announced in the sentence',
      'Osterlich, announcing the sanctions on Monday, said a Sylvanian minister was targeted for orchestrating support for the rebels.',
    ],
    [
      'the sanctions after the aim',
      'A Sylvanian general was targeted for arming the rebels, Osterlich said on Monday as it imposed sanctions.',
    ],
  ])('%s', (_name, text) => {
    expect(attacks(text)).toEqual([]);
  });
  it.each([
    [
      'no sanction in the sentence',
      'Freedonian troops said Sylvanian villagers were targeted for killing on Monday.',
    ],
    [
      'targeted with a weapon beside a sanction',
      'Osterlich imposed sanctions after Sylvanian villages were targeted by Freedonian troops on Monday.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(attacks(text).length).toBeGreaterThan(0);
  });
});
