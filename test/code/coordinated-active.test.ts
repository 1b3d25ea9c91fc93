import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'urge', pos: 'verb', lemma: 'urge', type: 'REQUEST', mode: 'change', governs: true },
  {
    id: 'call-on',
    pos: 'verb',
    lemma: 'call',
    type: 'REQUEST',
    mode: 'change',
    object: ['on'],
    governs: true,
  },
  { id: 'detain', pos: 'verb', lemma: 'detain', type: 'COERCE', mode: 'detain' },
  { id: 'question', pos: 'verb', lemma: 'question', type: 'COERCE', mode: 'detain' },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('a past form after "be" + participle + "and" with an object of its own is active (finders/find-triggers)', () => {
  it.each([
    [
      'a party right after the verb',
      'Freedonia said it was deeply concerned and urged Sylvania to withdraw its forces.',
      'REQUEST FRD>SYL',
    ],
    [
      'the required particle, then a party',
      'Freedonia said it was alarmed and called on Sylvania to halt the offensive.',
      'REQUEST FRD>SYL',
    ],
    [
      'after "or"',
      'The Freedonian government was angered or called on Sylvania to explain the raid.',
      'REQUEST FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it.each([
    [
      'both participles share "were": the agent after "by" is the doer',
      'Freedonian fishermen were detained and questioned by Sylvanian police.',
      'COERCE SYL>FRD',
    ],
    [
      'a passive with no "and" between keeps its agent',
      'Freedonia was urged by Sylvania to withdraw its forces.',
      'REQUEST SYL>FRD',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});
