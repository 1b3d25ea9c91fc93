import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const AGREE: TriggerEntry = {
  id: 'agree',
  pos: 'verb',
  lemma: 'agree',
  type: 'AGREE',
  mode: null,
  reciprocal: true,
};
const dicts = testDictionaries([AGREE]);

const code = compactCoder(dicts, { quantity: false });

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
// A joint act: all parties actors, no recipient (the annotator keeps "The Freedonia" after a
// dateline dash or an opening quote: test/annotate/actors.test.ts).
const ROWS: [string, string, string[]][] = [
  [
    'a coordinated subject of an agreement: both act',
    'Freedonia and Sylvania agreed on a provisional arrangement on Monday.',
    ['AGREE FRD+SYL> @2024-11-04'],
  ],
  [
    'agreeing with another: the other is a party too',
    'Freedonia agreed with Sylvania on an arrangement on Monday.',
    ['AGREE FRD+SYL> @2024-11-04'],
  ],
  [
    'negative: a coordinated subject of a one-sided act keeps its target',
    'Freedonia and Sylvania condemned Osterlich on Monday.',
    ['ACCUSE FRD+SYL>OST @2024-11-04'],
  ],
];

describe('joint agreements', () => {
  it.each(ROWS)('%s: %s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});
