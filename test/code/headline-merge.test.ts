import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// A second verb of criticism beside the shared dictionary's "condemn".
const EXTRA: TriggerEntry[] = [
  { id: 'slam', pos: 'verb', lemma: 'slam', type: 'ACCUSE', mode: 'disapprove', speech: true },
];
const dicts = testDictionaries(EXTRA);

const code = (title: string, body: string): string[] =>
  explainEvents(buildAnnotated(`${title}\n\n${body}`, '2024-11-06', title), dicts).events.map((e) =>
    compactEvent(e),
  );

// Invented articles; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL.
const ROWS: [string, string, string, string[]][] = [
  [
    'the headline retells the statement of the body in other words: one event',
    'Freedonia slams Sylvania over the border raid',
    'Freedonia on Monday condemned Sylvania for the raid on the border post.',
    ['ACCUSE FRD>SYL @2024-11-04'],
  ],
  [
    'negative: two statements of the body in other words stay two acts',
    'Border raid stirs anger across the region',
    'Freedonia on Monday condemned Sylvania for the raid. On Tuesday Freedonia slammed Sylvania again.',
    ['ACCUSE FRD>SYL @2024-11-04', 'ACCUSE FRD>SYL @2024-11-05'],
  ],
  [
    'negative: a headline statement by another speaker stays apart',
    'Osterlich slams Sylvania over the border raid',
    'Freedonia on Monday condemned Sylvania for the raid on the border post.',
    ['ACCUSE OST>SYL @2024-11-06', 'ACCUSE FRD>SYL @2024-11-04'],
  ],
];

describe('a headline that retells a statement of the article', () => {
  it.each(ROWS)('%s', (_name, title, body, expected) => {
    expect(code(title, body)).toEqual(expected);
  });
});
