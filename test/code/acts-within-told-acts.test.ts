import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// A noun of attack beside the shared dictionary's verbs.
const EXTRA: TriggerEntry[] = [
  { id: 'attack-n', pos: 'noun', words: ['attack', 'attacks'], type: 'ASSAULT', mode: null },
  { id: 'talks-n', pos: 'noun', words: ['talks'], type: 'CONSULT', mode: null },
];
const dicts = testDictionaries(EXTRA);

const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text), dicts).events.map((e) => compactEvent(e, { date: false }));

// Invented articles; published 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
const LEAD = 'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said.';
const BETWEEN = 'Osterlich called for calm. Marsovia asked for a meeting. The weather was poor.';

describe('a party-less act told as part of a definite act points back to it', () => {
  it.each<[string, string, string[]]>([
    [
      '"killed in the attack", three sentences on',
      `${LEAD} ${BETWEEN} Freedonian officials said two soldiers were killed in the attack.`,
      ['ASSAULT SYL>FRD #2 killed'],
    ],
    [
      'the same with a word between the article and the noun',
      `${LEAD} ${BETWEEN} Two soldiers were killed in the deadly attack, officials said.`,
      ['ASSAULT SYL>FRD #2 killed'],
    ],
    [
      "the same with a day's possessive",
      `${LEAD} ${BETWEEN} Two soldiers were killed in Monday's attack.`,
      ['ASSAULT SYL>FRD #2 killed'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'negative: killed "in an attack" (not told before) stays apart',
      `${LEAD} ${BETWEEN} Two soldiers were killed in an attack.`,
      ['ASSAULT SYL>FRD'],
    ],
    [
      'negative: "during the talks" is no act of its type',
      `${LEAD} ${BETWEEN} Two soldiers were killed during the talks.`,
      ['ASSAULT SYL>FRD'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});
