import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { partiesCoder } from './support/compact-event.js';

// Invented rows: a meeting verb that a passive "with" unmakes, a response noun a modifier makes a
// threat, and a promise verb.
const EXTRA: TriggerEntry[] = [
  {
    id: 'greet',
    pos: 'verb',
    lemma: 'greet',
    type: 'CONSULT',
    mode: 'visit',
    notNextPassive: ['with'],
    reciprocal: true,
  },
  {
    id: 'stern-response',
    pos: 'noun',
    words: ['response'],
    type: 'THREATEN',
    mode: 'violence',
    modifiedBy: ['crushing'],
    near: ['would', 'vowed'],
    speakerActs: true,
    nominalNeedsActor: true,
  },
  { id: 'vow', pos: 'verb', lemma: 'vow', type: 'AGREE', mode: null, governs: true, speech: true },
];
const dicts = testDictionaries(EXTRA);
const code = partiesCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('a passive verb with a word after it that unmakes it (notNextPassive, finders/find-triggers)', () => {
  it('"was greeted with" scepticism is no meeting', () => {
    expect(code('The Freedonian offer was greeted with scepticism in Sylvania.')).toEqual([]);
  });
  it('negative: "was greeted by" a party is one', () => {
    expect(code('The Freedonian envoy was greeted by Sylvanian officials.')[0]).toMatch(/^CONSULT/);
  });
  it('negative: the active "greeted with" is one', () => {
    expect(code('Freedonia greeted with Sylvania on Monday.')[0]).toMatch(/^CONSULT/);
  });
});

describe('a noun trigger its modifier makes ("a crushing response"; modifiedBy, finders/find-triggers)', () => {
  it("a response the speaker says would come is the speaker's threat against the one it answers", () => {
    expect(code('Freedonia said any Sylvanian attack would bring a crushing response.')).toEqual([
      'THREATEN FRD>SYL',
    ]);
  });
  it('negative: with no modifier right before it, no threat', () => {
    expect(code('Freedonia said a response to any Sylvanian attack would be crushing.')).toEqual(
      [],
    );
  });
  it('a promise whose object is the threatened response is a threat (refiners/recode-vowed-force)', () => {
    expect(code('Freedonia vowed a crushing response against Sylvania.')).toEqual([
      'THREATEN FRD>SYL',
    ]);
  });
});

// The shipped dictionaries (analyze), on invented sentences.
const shipped = partiesCoder();

describe('threats of a response in the shipped dictionaries', () => {
  it.each([
    [
      'a response to any attack',
      'Estonia warned that it would respond to any attack on its territory.',
      'THREATEN EST>',
    ],
    [
      'a response met with',
      'Estonia warned that any Latvian incursion would be met with a crushing response.',
      'THREATEN EST>LVA',
    ],
    [
      'a promised retaliation',
      'Estonia promised swift retaliation against Latvia.',
      'THREATEN EST>LVA',
    ],
  ])('%s', (_name, text, expected) => {
    expect(shipped(text)).toContain(expected);
  });
  it.each([
    ['a reply to a letter', 'Estonia responded to the letter from Latvia on Monday.'],
    [
      'a past response that is no threat',
      "The Estonian army's swift response saved lives on Monday.",
    ],
    [
      'an act done in retaliation',
      'Estonia expelled two Latvian diplomats in retaliation for the arrests.',
    ],
    ['an offer met with scepticism', 'The Estonian offer was met with scepticism in Latvia.'],
  ])('negative: %s', (_name, text) => {
    expect(shipped(text).some((e) => e.startsWith('THREATEN') || e.startsWith('CONSULT'))).toBe(
      false,
    );
  });
});
