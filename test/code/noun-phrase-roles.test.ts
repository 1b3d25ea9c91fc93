import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// Invented event nouns beside the shared test dictionary.
const EXTRA: TriggerEntry[] = [
  { id: 'attack-n', pos: 'noun', words: ['attack', 'shelling'], type: 'ASSAULT', mode: null },
  {
    id: 'talks-n',
    pos: 'noun',
    words: ['talks'],
    type: 'CONSULT',
    mode: null,
    reciprocal: true,
  },
  { id: 'pullout-n', pos: 'noun', words: ['pullout'], type: 'RETREAT', mode: null },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { quantity: false });

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL,
// Osterlich = OST.
const ROWS: [string, string, string[]][] = [
  [
    '"by X" acts and "on Y" is acted on, whoever is named before the noun',
    'Witnesses in Osterlich described an attack by Freedonia on Sylvania on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'an adjective before the noun acts',
    'The Freedonian attack on Sylvania began on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'a possessor acts and "of Y" of an attack is acted on',
    "Freedonia's shelling of Sylvania went on through Monday.",
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    '"between X and Y": both act, and the party before the noun does not',
    'Reporters in Osterlich expect talks between Freedonia and Sylvania on Monday.',
    ['CONSULT FRD+SYL> @2024-11-04'],
  ],
  [
    '"of X" of a move that is not done to anyone acts',
    'The pullout of Freedonian troops was completed on Monday.',
    ['RETREAT FRD> @2024-11-04'],
  ],
];

// Sentences where the noun's phrase names no party of the act: the rule leaves the search alone.
const NEGATIVES: [string, string][] = [
  [
    'a phrase with no party ends the noun\'s phrases: "angry at X" is not the target',
    'Freedonia came under attack from protesters angry at Sylvania on Monday.',
  ],
  [
    '"between" with one side named is no pair',
    'The attack between Freedonian troops and unknown gunmen was reported on Monday.',
  ],
  [
    '"with" names no target of an attack',
    'Rebels launched an attack with Freedonian troops on Monday.',
  ],
  ['a verb trigger is not a noun', 'Freedonia attacked Sylvania on Monday.'],
];

const notes = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).explanation.flatMap((s) => s.lines);

describe('an event noun takes its roles from its own phrase', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
  it.each(NEGATIVES)('negative: %s', (_name, text) => {
    expect(notes(text).join('\n')).not.toMatch(/noun phrase:/);
  });
});
