import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'exercises-n',
    pos: 'noun',
    words: ['exercises'],
    type: 'COOPERATE',
    mode: 'exercise',
    reciprocal: true,
  },
  { id: 'withdrawal-n', pos: 'noun', words: ['withdrawal'], type: 'RETREAT', mode: 'withdraw' },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false });

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
describe('an event noun carried out by a verb is the act of its subject', () => {
  it.each([
    [
      'the subject, not a party in a later phrase',
      'Freedonian and Osterlich warships on Monday launched ten days of joint exercises in the northern sea, expected to be joined later by Sylvanian vessels.',
      'COOPERATE FRD+OST>',
    ],
    [
      "a speaker's own forces named by a possessive",
      'Sylvania said on Monday that its forces had completed their withdrawal from the Freedonian border town.',
      'RETREAT SYL>FRD',
    ],
    [
      'an executed ceasefire, its adjectives joined by "and"',
      'Freedonia and Sylvania executed an immediate and unconditional ceasefire on Monday.',
      'RETREAT FRD+SYL>',
    ],
    [
      'an implemented ceasefire',
      'Freedonia and Sylvania implemented the ceasefire on Monday.',
      'RETREAT FRD+SYL>',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });

  it.each([
    [
      'a subject naming its own party keeps it',
      'Freedonia said Sylvanian forces had completed their withdrawal from the border town.',
      'RETREAT SYL>',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });

  it('negative: a possessive that is no force does not stand for the speaker', () => {
    const events = code('Freedonia said on Monday that its ally had shelled the Osterlich town.');
    expect(events.some((e) => e.startsWith('ASSAULT FRD'))).toBe(false);
  });
});
