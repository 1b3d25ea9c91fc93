import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'reject', pos: 'verb', lemma: 'reject', type: 'REJECT', mode: null },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('"by X" after the object names the party answered or acted on', () => {
  it.each([
    [
      'calls made by another state',
      'Freedonia rejected recent calls by Sylvania for a referendum on Monday.',
      'REJECT FRD>SYL',
    ],
    [
      'a proposal by another state',
      'Osterlich rejected a proposal by Sylvania on Monday.',
      'REJECT OST>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it.each([
    [
      'the doer of a participle after the object',
      'Osterlich rejected a plan written by Sylvania on Monday.',
      'REJECT OST>',
    ],
    [
      'a "by" past a clause boundary',
      'Freedonia rejected the plan and was mocked by Sylvania on Monday.',
      'REJECT FRD>',
    ],
    ['a "by" of means', 'Osterlich rejected the plan by phone on Monday.', 'REJECT OST>'],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});
