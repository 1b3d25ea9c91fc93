import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'take-measures',
    pos: 'verb',
    lemma: 'take',
    forms: ['take', 'takes', 'took', 'taken', 'taking'],
    type: 'COERCE',
    mode: 'restrict',
    object: ['control measures'],
    namesNoAct: true,
  },
];
const dicts = testDictionaries(EXTRA);

/** Each event as `TYPE: SOURCE stance, …` (invented dictionaries). */
function claims(text: string): string[] {
  return explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    (e) =>
      `${e.type}: ${e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`).join(', ')}`,
  );
}

const SHELLING = 'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said.';

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL.
describe("the accused's own account of an act the article reports is its word on that act", () => {
  it('"X said it had taken control measures" after X\'s act: X speaks of the act', () => {
    expect(
      claims(`${SHELLING} Sylvania said it had taken control measures against Freedonian troops.`),
    ).toEqual(['ASSAULT: FRD assert, SYL assert']);
  });

  it.each<[string, string, string[]]>([
    [
      'measures with no act of the doer before them are the news',
      'Sylvania said it had taken control measures against Freedonian troops.',
      ['COERCE: SYL assert'],
    ],
    [
      'measures the outlet tells, not the doer, stay an act of their own',
      `${SHELLING} Sylvanian troops took control measures against Freedonian troops on Tuesday.`,
      ['ASSAULT: FRD assert', 'COERCE: '],
    ],
    [
      'another side telling the measures speaks of no act of its own',
      `${SHELLING} Freedonia said Sylvanian troops had taken control measures against Freedonian troops.`,
      ['ASSAULT: FRD assert', 'COERCE: FRD assert'],
    ],
  ])('negative: %s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
