import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder, explanationNotes } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'fire-on',
    pos: 'verb',
    lemma: 'fire',
    type: 'ASSAULT',
    mode: 'firearms',
    object: ['on', 'at'],
  },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });
const notes = explanationNotes(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('a participle after forces that takes its own object is active (finders/participle-object)', () => {
  it.each([
    [
      'fired on a party',
      'Freedonian troops fired on Sylvanian border posts on Monday.',
      'ASSAULT FRD>SYL',
    ],
    ['fired at a party', 'Freedonian soldiers fired at Sylvania on Monday.', 'ASSAULT FRD>SYL'],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it.each([
    [
      'fired on by a party: a reduced passive',
      'Freedonian soldiers fired on by Sylvanian troops were wounded on Monday.',
      'ASSAULT SYL>FRD',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it('negative: "fired on Monday" stays a reduced passive', () => {
    expect(notes('Freedonian soldiers fired on Monday were flown to Fredville.')).toMatch(
      /verb with object "on", passive/,
    );
  });
});
