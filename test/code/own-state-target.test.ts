import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'praise', pos: 'verb', lemma: 'praise', type: 'SUPPORT', mode: 'praise' },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06. SLF: a Sylvanian armed group (REB); the
// Grand Council: Sylvania's legislature (LEG); Trentino: a Sylvanian office holder (GOV).
describe('a part of a state acting on another part of it', () => {
  it.each([
    [
      'an armed group threatens its own government',
      'The SLF threatened President Trentino on Monday.',
      'THREATEN SYL>SYL',
    ],
    [
      'a legislature orders the head of state',
      'The Grand Council ordered President Trentino to testify on Monday.',
      'REQUEST SYL>SYL',
    ],
    [
      'a government praises its own soldiers',
      'Freedonia praised Freedonian soldiers on Monday.',
      'SUPPORT FRD>FRD',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it.each([
    [
      'the same sector twice is one party',
      'Sylvania threatened Sylvan City on Monday.',
      'THREATEN SYL>',
    ],
    [
      'a people with no sector beside its government',
      'Freedonians praised Freedonia on Monday.',
      'SUPPORT FRD>',
    ],
    [
      'troops named with their state are the sender',
      'Freedonia sent Freedonian troops to Sylvania on Monday.',
      'AID FRD>SYL',
    ],
    [
      'an armed group acting on another state',
      'The SLF threatened Freedonia on Monday.',
      'THREATEN SYL>FRD',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});
