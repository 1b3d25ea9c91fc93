import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts, { quantity: false, date: false });

// Invented sentences. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
// A reaction whose object refers back to an event told before is aimed at that event's doer.
const ROWS: [string, string, string[]][] = [
  [
    '"condemned the sanctions": aimed at whoever imposed them',
    'Freedonia imposed sanctions on Sylvania on Monday. Sylvania condemned the sanctions.',
    ['SANCTION FRD>SYL', 'ACCUSE SYL>FRD'],
  ],
  [
    '"backed the decision": any act told just before, not the words about it',
    'Freedonia imposed sanctions on Sylvania on Monday. Sylvania condemned the sanctions. Osterlich backed the decision.',
    ['SANCTION FRD>SYL', 'ACCUSE SYL>FRD', 'SUPPORT OST>FRD'],
  ],
  [
    'negative: a reaction that names its target keeps it',
    'Freedonia imposed sanctions on Sylvania on Monday. Sylvania condemned Osterlich for the sanctions.',
    ['SANCTION FRD>SYL', 'ACCUSE SYL>OST'],
  ],
  [
    'negative: the noun names another kind of event than the one told',
    'Freedonia imposed sanctions on Sylvania on Monday. Osterlich condemned the attacks.',
    ['SANCTION FRD>SYL', 'ACCUSE OST>'],
  ],
  [
    'negative: the party reacting to its own act is not its own target',
    'Freedonia imposed sanctions on Sylvania on Monday. Freedonia backed the decision.',
    ['SANCTION FRD>SYL', 'SUPPORT FRD>'],
  ],
];

describe('reactions aimed at an event told before (refiners/infer-reaction-target)', () => {
  it.each(ROWS)('%s', (_why, text, want) => {
    expect(code(text)).toEqual(want);
  });
});

// An attack noun as a trigger, for the rows that need one (the invented list has none).
const withNoun = compactCoder(
  testDictionaries([
    { id: 'attack-n', pos: 'noun', words: ['attack'], type: 'ASSAULT', mode: null },
  ]),
  { quantity: false, date: false },
);

// An event noun that is the subject of "be" is what a speaker speaks of (refiners/assign-actors).
describe('an event noun that is the subject of "be" takes no speaker and no predicate as its parties', () => {
  it('"said the attack was a tragedy" is no attack by the speaker: it points back to the shelling', () => {
    expect(
      withNoun(
        'Freedonia shelled Sylvanian border posts on Monday. Sylvania said the attack was a tragedy.',
      ),
    ).toEqual(['ASSAULT FRD>SYL']);
  });
  it('the words after "be" are said of the act, not its parties', () => {
    expect(
      withNoun(
        'Freedonia shelled Sylvanian border posts on Monday. Osterlich said the attack was a threat to Osterlich.',
      ),
    ).toEqual(['ASSAULT FRD>SYL']);
  });
  it("negative: an event noun a speaker confirms is the speaker's act", () => {
    expect(withNoun('Sylvania confirmed the attack on Freedonian border posts.')).toEqual([
      'ASSAULT SYL>FRD',
    ]);
  });
  it('a reaction to the act aims past a party-less mention of it to the doer told before (refiners/infer-reaction-target)', () => {
    expect(
      withNoun(
        'Freedonia shelled Sylvanian border posts on Monday. Sylvania said the attack was a tragedy. Osterlich condemned the attack.',
      ),
    ).toEqual(['ASSAULT FRD>SYL', 'ACCUSE OST>FRD']);
  });
});
