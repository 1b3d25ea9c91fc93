import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries, WITHDRAW_TRIGGER } from './support/test-dictionaries.js';

// The modal demand words, as the shipped dictionary has them, and an act to be asked for.
const EXTRA: TriggerEntry[] = [
  {
    id: 'must',
    pos: 'verb',
    forms: ['must'],
    type: 'REQUEST',
    mode: 'change',
    governs: true,
    speech: true,
    speakerActs: true,
  },
  {
    id: 'should',
    pos: 'verb',
    forms: ['should', 'ought'],
    type: 'REQUEST',
    mode: 'change',
    governs: true,
    speech: true,
    speakerActs: true,
  },
  {
    id: 'deal-firmly',
    pos: 'verb',
    lemma: 'deal',
    forms: ['deal', 'deals', 'dealt', 'dealing'],
    type: 'COERCE',
    mode: null,
    object: ['firmly'],
    speakerActs: true,
  },
  WITHDRAW_TRIGGER,
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('a modal of obligation under a speaker demands the act of the party named to do it', () => {
  it.each([
    [
      '"must" in what a party said',
      'Freedonia said on Monday that Sylvania must withdraw its troops.',
      ['REQUEST FRD>SYL', 'RETREAT SYL> possible'],
    ],
    [
      '"should" in what a party said, as "must"',
      'Freedonia said on Monday that Sylvania should withdraw its troops.',
      ['REQUEST FRD>SYL', 'RETREAT SYL> possible'],
    ],
    [
      '"ought to"',
      'Freedonia said Sylvania ought to withdraw its troops.',
      // the act after "to" is the demand's complement, not coded apart
      ['REQUEST FRD>SYL'],
    ],
    [
      'a demand of what not to do stays a demand',
      'Freedonia said Sylvania must not withdraw its troops.',
      ['REQUEST FRD>SYL'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });

  it.each([
    ['no party named to act', 'Freedonia said on Monday that the talks must go on.', []],
    [
      'the parties named to act include the speaker',
      'Freedonia said that Freedonia and its allies should stay calm.',
      [],
    ],
    [
      '"should have": a judgement of the past, not a demand',
      'Freedonia said Sylvania should have withdrawn its troops.',
      ['RETREAT SYL> possible'],
    ],
    [
      '"must have": an inference, not a demand',
      'Freedonia said Sylvania must have withdrawn its troops.',
      ['RETREAT SYL> possible'],
    ],
    [
      '"Should" opening a condition',
      'Should Sylvania withdraw its troops, Freedonia said the talks would resume.',
      ['CONSULT FRD> hypothetical'],
    ],
    [
      'a speaker-acts trigger that is no modal keeps its own modal and its party',
      '"Any raid by Sylvania will be dealt with firmly," Freedonia said.',
      ['THREATEN FRD>SYL planned'],
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});
