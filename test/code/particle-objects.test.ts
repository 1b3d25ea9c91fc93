import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { CALL_ON_TRIGGER, testDictionaries } from './support/test-dictionaries.js';

const ASK: TriggerEntry = {
  id: 'ask',
  pos: 'verb',
  lemma: 'ask',
  type: 'REQUEST',
  mode: null,
  object: ['to', 'for'],
  governs: true,
  speech: true,
};
const code = compactCoder(testDictionaries([CALL_ON_TRIGGER, ASK]), {
  date: false,
  quantity: false,
});

// Invented sentences: a verb whose object word is its particle (adjacentObject in the triggers).
describe('a particle follows its verb: "called for", not "what it called revenge for" (finders/find-triggers)', () => {
  it.each([
    ['the particle right after the verb', 'Freedonia called on Sylvania to withdraw.'],
    ['an adverb between', 'Freedonia publicly called again for talks with Sylvania.'],
    ['an adverb in -ly between', 'Freedonia called repeatedly on Sylvania to withdraw.'],
    ['a day between', 'Freedonia called Thursday on Sylvania to withdraw.'],
  ])('%s', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('REQUEST FRD'))).toBe(true);
  });
  it.each([
    [
      'naming in a free relative',
      'Sylvania shelled the border, in what Freedonia called revenge for the raid.',
    ],
    ['naming with an object', 'Freedonia called the raid a crime for which Sylvania must pay.'],
  ])('negative: %s', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('REQUEST'))).toBe(false);
  });
  it('negative: a verb whose object word is no particle takes an object between', () => {
    expect(
      code('Freedonia asked Sylvania for talks.').some((e) => e.startsWith('REQUEST FRD')),
    ).toBe(true);
  });
});
