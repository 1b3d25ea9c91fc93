import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE/mode ACTORS>RECIPIENTS` of each event, from the shipped dictionaries (invented sentences). */
function coded(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  const codes = (l: { code: string }[]): string => [...new Set(l.map((r) => r.code))].join('+');
  return events.map(
    (e: Event) => `${e.type}/${e.mode ?? '-'} ${codes(e.actors)}>${codes(e.recipients)}`,
  );
}

// A particle ("out", "down") after another past form is that verb's: "the armed forces carried
// out strikes" is no "force out" (find-triggers.ts); "carried out" carries out the noun after it
// (word list act-verbs), so the strikes are the act the sentence tells.
describe('a particle belongs to the verb right before it', () => {
  it.each<[string, string, string[]]>([
    [
      '"forces carried out": the strikes, not a forced removal',
      'The Estonian armed forces carried out strikes on Latvian border posts on Monday.',
      ['ASSAULT/- EST>LVA'],
    ],
    [
      'raids carried out stay the act, with the downing joined to them',
      'Latvian forces carried out raids and shot down two Estonian drones.',
      ['ASSAULT/aerial LVA>EST'],
    ],
    [
      'negative: a particle after the object keeps its verb ("forced … out")',
      'Latvian troops forced Estonian villagers out of their homes near Valga.',
      ['COERCE/deport LVA>EST'],
    ],
    [
      'negative: "shot … down" with the object between',
      'The Latvian air force shot two Estonian drones down on Monday.',
      ['ASSAULT/aerial LVA>EST'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });
});
