import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder, explanationNotes } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'attack-n', pos: 'noun', words: ['attack', 'offensive'], type: 'ASSAULT', mode: null },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });
const notes = explanationNotes(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('an event noun told by a relative clause with no "that"', () => {
  it.each([
    [
      'the party after the noun launched it on another',
      'The attack Freedonian troops launched on Sylvanian posts killed five soldiers on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'the main verb after it is the noun’s act',
      'The offensive Freedonian troops launched on Sylvania killed dozens on Monday.',
      'ASSAULT FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toEqual([expected]);
    expect(notes(text)).toMatch(/relative clause with no "that"/);
  });
  it.each([
    [
      'a party after the noun that is the object of another verb',
      'Freedonia condemned the attack on Sylvania on Monday.',
    ],
    [
      'no carrier verb after the party',
      'The attack Freedonian troops feared killed five soldiers on Monday.',
    ],
    [
      'a plain subject before a carrier',
      'Freedonian troops launched an attack on Sylvanian posts on Monday.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(notes(text)).not.toMatch(/relative clause with no "that"/);
  });
});
