import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder, explanationNotes } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'investigate', pos: 'verb', lemma: 'investigate', type: 'ACCUSE', mode: 'investigate' },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });
const notes = explanationNotes(dicts);

// Invented sentences; published Wednesday 2024-11-06. A "to"-clause within ten words of the
// sending verb is its purpose and not coded apart (drop-governed); these stand further off.
describe('what those sent go "to" do is done where they were sent', () => {
  it.each([
    [
      'troops sent to investigate',
      'Freedonia sent 20 troops and a team of civilian experts to Sylvania on Monday to investigate the border incident.',
      'ACCUSE FRD>SYL',
    ],
    [
      'troops deployed to investigate',
      'Freedonia deployed a team of nine military and civilian experts to Sylvania on Monday to investigate the blast.',
      'ACCUSE FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
    expect(notes(text)).toMatch(/go to do/);
  });
  it.each([
    [
      'no destination named',
      'Freedonia sent a team of 20 military and civilian soldiers on Monday to investigate the border incident.',
    ],
    [
      'no sending verb',
      'Freedonia threatened the 20 military and civilian soldiers of Sylvania on Monday to investigate the blast.',
    ],
    [
      'the act in the "to"-clause names its own party',
      'Freedonia sent a team of 20 military and civilian soldiers to Sylvania on Monday to investigate Osterlich.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(notes(text)).not.toMatch(/go to do/);
  });
});
