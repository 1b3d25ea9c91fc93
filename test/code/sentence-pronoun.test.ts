import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'bomb', pos: 'verb', lemma: 'bomb', type: 'ASSAULT', mode: 'aerial' },
];
const dicts = testDictionaries(EXTRA);

/** The notes of the rule: "actors: FRD — "They" opens the sentence: ...". */
const resolved = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .explanation.flatMap((s) => s.lines)
    .filter((l) => l.includes('opens the sentence'))
    .map((l) => l.trim().split(' ')[1] ?? '');

// Invented sentences; published Wednesday 2024-11-06.
describe('"They" opening a sentence is the doer of the sentence before', () => {
  it.each([
    [
      'the plural subject of the sentence before',
      'Freedonian forces shelled Sylvanian positions on Monday. They bombed a bridge on Tuesday.',
    ],
    [
      'over a sentence between that gives no act a party',
      'Freedonian forces shelled Sylvanian positions on Monday. The fighting spread. They bombed a bridge on Tuesday.',
    ],
  ])('%s', (_name, text) => {
    expect(resolved(text)).toEqual(['FRD']);
  });
  it.each([
    [
      'a singular subject before does not agree with "they"',
      'Freedonia shelled Sylvanian positions on Monday. They bombed a bridge on Tuesday.',
    ],
    [
      '"they" inside the sentence is left to the clause rules',
      'Freedonian forces shelled Sylvanian positions on Monday. On Tuesday villagers said they bombed a bridge.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(resolved(text)).toEqual([]);
  });
});
