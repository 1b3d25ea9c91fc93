import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'willing-to',
    pos: 'verb',
    forms: ['willing', 'ready', 'committed'],
    object: ['to'],
    type: 'AGREE',
    mode: null,
    governs: true,
    speech: true,
    stateOfSubject: true,
  },
];
const dicts = testDictionaries(EXTRA);
const agreements = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => compactEvent(e, { date: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe('resolve to keep its course is no agreement', () => {
  it.each([
    ['committed to defending', 'Freedonia said its army is committed to defending the border.'],
    ['ready to protect', 'Sylvania is ready to protect its waters from Freedonia.'],
    [
      'remains committed to ensuring',
      'Freedonia remains committed to ensuring calm along the border with Sylvania.',
    ],
    ['an adverb before the verb', 'Sylvania is willing to firmly uphold its claim.'],
  ])('%s', (_name, text) => {
    expect(agreements(text)).toEqual([]);
  });
  it.each([
    [
      'willing to withdraw its troops',
      'Freedonia said it is willing to withdraw its troops from Sylvania.',
    ],
    [
      'committed to opening its market',
      'Freedonia said it is committed to opening its market to Sylvania.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(agreements(text).some((e) => e.startsWith('AGREE FRD'))).toBe(true);
  });
});
