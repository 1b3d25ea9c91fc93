import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { analyze } from '../../src/pipeline.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'seize', pos: 'verb', lemma: 'seize', type: 'COERCE', mode: 'seize' },
];
const dicts = testDictionaries(EXTRA);

/** Each event as `TYPE: SOURCE stance, …` (invented dictionaries). */
function claims(text: string): string[] {
  return explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    (e) =>
      `${e.type}: ${e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`).join(', ')}`,
  );
}

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
describe('the accused blaming the other side denies its own part', () => {
  it.each<[string, string, string[]]>([
    [
      'blame told before the accusation: the attack the article goes on to report',
      '"Freedonia is to blame for the clash," Sylvania said. Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said.',
      ['ASSAULT: SYL deny, FRD assert'],
    ],
    [
      'blame told after it: the attack reported before',
      'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. "Freedonia is to blame for the clash," Sylvania said.',
      ['ASSAULT: FRD assert, SYL deny'],
    ],
    [
      'the speaker carried from the sentence before ("it said")',
      'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Sylvania said the weather was calm. "Freedonia is to blame for the clash," it said.',
      ['ASSAULT: FRD assert, SYL deny'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'the party blamed is not the speaker: it denies nothing',
      'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. "Freedonia is to blame for the clash," Osterlich said.',
      ['ASSAULT: FRD assert'],
    ],
    [
      'a clash is an attack, not a seizure (an answer naming its topic answers only that)',
      'Sylvanian troops seized Freedonian boats on Monday, Freedonia said. "Freedonia is to blame for the clash," Sylvania said.',
      ['COERCE: FRD assert'],
    ],
    [
      'blame for a clash answers no meeting',
      'Sylvania met Osterlich on Monday. "Freedonia is to blame for the clash," Sylvania said.',
      ['CONSULT: '],
    ],
  ])('negative: %s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('blame cues (shipped dictionaries)', () => {
  const stances = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.flatMap((e) =>
      e.attributions.map((a) => `${e.type} ${a.source?.code ?? '-'}:${a.stance}`),
    );
  const REPORT = 'Latvian boats rammed Estonian vessels on Monday, Estonia said.';

  it.each([
    `${REPORT} "Estonia is entirely responsible for the collision," Latvia said.`,
    `${REPORT} Latvia said Estonia was to blame for the incident.`,
  ])('%s', (text) => {
    expect(stances(text)).toContain('ASSAULT LVA:deny');
  });

  it.each([
    `${REPORT} Latvia said it was responsible for the attack.`,
    `${REPORT} Latvia said Estonia is responsible for the security of the border.`,
  ])('negative: %s', (text) => {
    expect(stances(text)).not.toContain('ASSAULT LVA:deny');
  });
});
