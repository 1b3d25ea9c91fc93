import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'demand-n', pos: 'noun', words: ['demand', 'appeal'], type: 'REQUEST', mode: 'change' },
];
const dicts = testDictionaries(EXTRA);

const requests = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'REQUEST')
    .map((e) => compactEvent(e, { date: false, quantity: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe('the party asked is the subject of what a demand asks for', () => {
  it.each([
    [
      'after "that"',
      'Freedonia reiterated its demand that Sylvania lift the blockade.',
      'REQUEST FRD>SYL',
    ],
    [
      'after "that", over a time word and an article',
      'Freedonia renewed its demand on Monday that the Sylvanian government free the sailors.',
      'REQUEST FRD>SYL',
    ],
    [
      'after "for", with "to" behind the party',
      'Freedonia repeated its appeal for Sylvania to reopen the border.',
      'REQUEST FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(requests(text)).toEqual([expected]);
  });
  it.each([
    [
      'a party of the asker is not asked',
      'Freedonia reiterated its demand that Freedonian firms leave Osterlich.',
      'REQUEST FRD>',
    ],
    [
      'a party in another clause',
      'Freedonia reiterated its demand, and Sylvania said that Osterlich must wait.',
      'REQUEST FRD>',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(requests(text)[0] ?? '').toBe(expected);
  });
});
