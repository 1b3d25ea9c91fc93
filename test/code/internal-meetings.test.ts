import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'hold-talks',
    pos: 'verb',
    lemma: 'hold',
    forms: ['hold', 'holds', 'held', 'holding'],
    object: ['talks', 'meeting', 'session'],
    type: 'CONSULT',
    mode: 'visit',
  },
];
const dicts = testDictionaries(EXTRA);

const meetings = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => compactEvent(e, { date: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe("a meeting of one party's own body is no consultation", () => {
  it.each([
    ['a parliament session', 'Freedonia held an emergency parliament session on Monday.'],
    ['a meeting of the body', 'President Firefly held a meeting of the upper chamber on Monday.'],
  ])('%s', (_name, text) => {
    expect(meetings(text)).toEqual([]);
  });
  it.each([
    [
      'a meeting with another party',
      'Freedonia held a parliament meeting with Sylvania on Monday.',
      'CONSULT FRD>SYL',
    ],
    ['a meeting that names no body', 'Freedonia held a meeting on Monday.', 'CONSULT FRD>'],
    ['talks have two sides', 'Freedonia held parliament talks on Monday.', 'CONSULT FRD>'],
  ])('negative: %s', (_name, text, expected) => {
    expect(meetings(text)).toEqual([expected]);
  });
});
