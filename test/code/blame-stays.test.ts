import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEventWithClaims } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'shelling-n', pos: 'noun', words: ['shelling'], type: 'ASSAULT', mode: 'heavy-weapons' },
  { id: 'accuse', pos: 'verb', lemma: 'accuse', type: 'ACCUSE', mode: 'allege', speech: true },
  {
    id: 'blame',
    pos: 'verb',
    lemma: 'blame',
    type: 'ACCUSE',
    mode: 'allege',
    speech: true,
    accusationStays: true,
  },
];
const dicts = testDictionaries(EXTRA);

/** Each event with who asserts it: "ASSAULT SYL>: FRD assert". */
function coded(text: string): string[] {
  return explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    compactEventWithClaims,
  );
}

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL.
describe('laying blame is an accusation beside the act it alleges', () => {
  it.each([
    ['blamed X for a noun', 'Freedonia blamed Sylvania for the shelling of the border town.'],
    ['blames X for a gerund', 'Freedonia blames Sylvania for shelling the border town.'],
  ])('%s', (_name, text) => {
    const events = coded(text);
    expect(events[0]).toMatch(/^ACCUSE FRD>SYL/);
    expect(events.some((e) => /^ASSAULT SYL>.*: FRD assert/.test(e))).toBe(true);
  });

  it.each([
    [
      'an accusation "of" an act is the act alone',
      'Freedonia accused Sylvania of shelling the border town.',
    ],
  ])('negative: %s', (_name, text) => {
    const events = coded(text);
    expect(events.some((e) => e.startsWith('ACCUSE'))).toBe(false);
    expect(events.some((e) => /^ASSAULT SYL>.*: FRD assert/.test(e))).toBe(true);
  });

  it('negative: blame for lies is a rebuttal, no accusation item', () => {
    expect(coded('Freedonia blamed Sylvania for disinformation about the border town.')).toEqual(
      [],
    );
  });
});

describe('an accuser no code names is an unnamed source of the act it alleges (refiners/recode-accusations)', () => {
  it.each([
    ['people with no code', 'Local volunteers accused Sylvania of shelling the border town.'],
    ['a passive accusation', 'Sylvania was accused of shelling the border town.'],
  ])('%s: the act is alleged, not stated by the outlet', (_name, text) => {
    expect(coded(text)).toEqual([expect.stringMatching(/^ASSAULT SYL>.*: \? assert$/)]);
  });
  it('negative: a named accuser asserts it in its own name', () => {
    expect(coded('Freedonia accused Sylvania of shelling the border town.')).toEqual([
      expect.stringMatching(/^ASSAULT SYL>.*: FRD assert$/),
    ]);
  });
});
