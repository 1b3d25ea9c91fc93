import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { explanationNotes } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'target', pos: 'verb', lemma: 'target', type: 'ASSAULT', mode: 'targeted' },
  { id: 'shell', pos: 'verb', lemma: 'shell', type: 'ASSAULT', mode: null },
];
const dicts = testDictionaries(EXTRA);
const notes = explanationNotes(dicts);

// Invented sentences.
describe('a verb form heading a prepositional phrase is a noun', () => {
  it.each([
    ['after a demonym', 'Freedonian jets carried out airstrikes on Sylvanian targets on Tuesday.'],
    ['after an adjective', 'Freedonian troops fired rockets at military targets near the border.'],
  ])('%s', (_name, text) => {
    expect(notes(text)).toMatch(/is a noun in a prepositional phrase/);
  });
  it.each([
    ['a verb with its own subject', 'Freedonian troops targeted Sylvanian posts on Tuesday.'],
    ['a present verb after a subject', 'Sylvania targets Freedonian posts, officials said.'],
    ['a verb after a phrase of place', 'In the north Sylvanian troops shelled Freedonian posts.'],
    [
      'a verb after a time phrase, with no other verb',
      'On Sunday Sylvanian troops shell Freedonian posts.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(notes(text)).not.toMatch(/is a noun in a prepositional phrase/);
  });
});
