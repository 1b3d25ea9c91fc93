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
describe('"its" in the object of a reported act points to the reporter (refiners/assign-reporter-possession)', () => {
  it.each([
    [
      'a plural subject, "its" object',
      'Sylvania said Freedonian troops shelled its border posts on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'a plural subject, "its" after "on"',
      'Sylvania said Freedonian troops fired on its border posts on Monday.',
      'ASSAULT FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
    expect(notes(text)).toMatch(/points to the one who reports it/);
  });
  it.each([
    [
      '"its" may be the singular subject’s own',
      'Sylvania said Freedonia shelled its own border posts on Monday.',
    ],
    [
      '"its" agrees with no reporter of a plural',
      'Sylvanians said Freedonian troops shelled its border posts on Monday.',
    ],
    [
      'the object names its own party',
      'Sylvania said Freedonian troops shelled Osterlich’s border posts on Monday.',
    ],
    ['not a reported act', 'Freedonian troops shelled its border posts on Monday.'],
  ])('negative: %s', (_name, text) => {
    expect(notes(text)).not.toMatch(/points to the one who reports it/);
  });
});
