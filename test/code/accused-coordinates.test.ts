import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEventWithClaims } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'accuse', pos: 'verb', lemma: 'accuse', type: 'ACCUSE', mode: 'allege', speech: true },
];
const dicts = testDictionaries(EXTRA);

/** Each event with who asserts it: "ASSAULT SYL>: FRD assert". */
function coded(text: string): string[] {
  return explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    compactEventWithClaims,
  );
}

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL.
describe('every act an accusation lists is the accused act', () => {
  it.each([
    [
      'a gerund after "and"',
      'Freedonia accused Sylvania of shelling border villages and capturing two Freedonian soldiers.',
    ],
    [
      'a gerund after a comma and an adverb',
      'Freedonia accused Sylvania of shelling border villages, deliberately capturing two Freedonian soldiers.',
    ],
    [
      'the means after "by", when the first act is no trigger',
      'Freedonia accused Sylvania of breaking the peace by capturing two Freedonian soldiers.',
    ],
  ])('%s', (_name, text) => {
    const events = coded(text);
    expect(events.some((e) => /^ASSAULT SYL>FRD.*: FRD assert/.test(e))).toBe(true);
    expect(events.some((e) => /^ASSAULT FRD>/.test(e))).toBe(false);
  });
  it.each([
    [
      'an act after the list has ended keeps its own subject',
      'Freedonia accused Sylvania of shelling border villages while Freedonian troops were capturing two Sylvanian soldiers.',
      /^ASSAULT FRD>SYL/,
    ],
    [
      'an adverb "-ly" before the first act is skipped, the act recoded',
      'Freedonia accused Sylvania of actively shelling border villages.',
      /^ASSAULT SYL>.*: FRD assert/,
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(coded(text).some((e) => expected.test(e))).toBe(true);
  });
});
