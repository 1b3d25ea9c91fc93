import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// A second verb of criticism beside the shared dictionary's "condemn".
const EXTRA: TriggerEntry[] = [
  {
    id: 'denounce',
    pos: 'verb',
    lemma: 'denounce',
    type: 'ACCUSE',
    mode: 'disapprove',
    speech: true,
  },
];
const dicts = testDictionaries(EXTRA);

const code = (title: string, body: string): string[] =>
  explainEvents(buildAnnotated(`${title}\n\n${body}`, '2024-11-06', title), dicts)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => compactEvent(e, { date: false }));

// Invented articles; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL.
const ROWS: [string, string, string, string[]][] = [
  [
    'the lede sums up a statement the body tells in other words: one event',
    'Border raid stirs anger across the region',
    'Freedonia condemned the Sylvanian raid on the border post. Ministers met in Fredville. Freedonia denounced Sylvania again for the raid.',
    ['ACCUSE FRD>SYL'],
  ],
  [
    'negative: two statements of the body, neither in the lede, stay two acts',
    'Border raid stirs anger across the region',
    'Ministers met in Fredville. Freedonia condemned Sylvania for the raid. Freedonia denounced Sylvania again for the raid.',
    ['ACCUSE FRD>SYL', 'ACCUSE FRD>SYL'],
  ],
  [
    'negative: a lede statement dated to another day stays apart',
    'Border raid stirs anger across the region',
    'Freedonia condemned Sylvania for the raid on Monday. Ministers met in Fredville. On Tuesday Freedonia denounced Sylvania again.',
    ['ACCUSE FRD>SYL', 'ACCUSE FRD>SYL'],
  ],
  [
    'negative: a lede statement against another party stays apart',
    'Border raid stirs anger across the region',
    'Freedonia condemned Osterlich for its silence. Ministers met in Fredville. Freedonia denounced Sylvania for the raid.',
    ['ACCUSE FRD>OST', 'ACCUSE FRD>SYL'],
  ],
];

describe('a lede that retells a statement of the article', () => {
  it.each(ROWS)('%s', (_name, title, body, expected) => {
    expect(code(title, body)).toEqual(expected);
  });
});
