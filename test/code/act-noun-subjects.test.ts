import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// invented entries: acts that harm no one, and an act of force, told as nouns
const dicts = testDictionaries([
  { id: 'recall-n', pos: 'noun', words: ['withdrawal', 'expulsion'], type: 'SANCTION', mode: null },
  { id: 'shelling-n', pos: 'noun', words: ['shelling'], type: 'ASSAULT', mode: null },
]);
const attacks = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.map((e) => compactEvent(e, { quantity: false, date: false }))
    .filter((e) => e.startsWith('ASSAULT'));

// Invented sentences; published Wednesday 2024-11-06.
describe('an attack whose subject is an act that harms no one has no doer in it', () => {
  it.each([
    [
      'a withdrawal of envoys read as the subject',
      "The incident follows Freedonia's withdrawal of its ambassador after a mine blast killed a Sylvanian guard.",
    ],
    [
      'an expulsion read as the subject',
      "The row follows Freedonia's expulsion of Sylvania's envoy after a blast killed a Freedonian soldier.",
    ],
  ])('%s', (_name, text) => {
    expect(attacks(text).some((e) => e.startsWith('ASSAULT FRD'))).toBe(false);
  });
  it.each([
    [
      'an act of force heads the subject',
      "Freedonia's shelling of the town killed a Sylvanian guard on Monday.",
      'ASSAULT FRD>',
    ],
    [
      'a party heads the subject',
      'Freedonian troops killed a Sylvanian guard on Monday.',
      'ASSAULT FRD>',
    ],
    [
      'the act noun only modifies the subject',
      'Freedonia-backed rebels killed a Sylvanian guard on Monday.',
      'ASSAULT',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(attacks(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
