import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

/** Each event's attributions as "SOURCE stance", in order. */
function claims(text: string): string[][] {
  return explainEvents(buildAnnotated(text), dicts).events.map((e) =>
    e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`),
  );
}

// Invented sentences. Lakeport is a town of Sylvania (SYL); Freedonia = FRD; Osterlich = OST.
describe('police named alone speak for the state the event happened in', () => {
  it.each<[string, string, string[][]]>([
    [
      'police after the report: the state of its place',
      'Gunmen killed five villagers in Lakeport, police said.',
      [['SYL assert']],
    ],
    [
      'police before the cue, with an adverb between',
      'The police later said gunmen had killed five villagers in Lakeport.',
      [['SYL assert']],
    ],
    [
      'negative: police of a named state speak for that state',
      'Osterlich police said gunmen killed five villagers in Lakeport.',
      [['OST assert']],
    ],
    [
      'negative: an event with no place gives the police no state',
      'Sylvanian soldiers killed five Freedonian villagers, police said.',
      [[]],
    ],
    [
      'negative: officials named alone stay an unnamed source',
      'Gunmen killed five villagers in Lakeport, officials said.',
      [['(unnamed) assert']],
    ],
  ])('%s: %s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
