import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'request-n',
    pos: 'noun',
    words: ['request', 'requests', 'appeal'],
    type: 'REQUEST',
    mode: null,
  },
];
const dicts = testDictionaries(EXTRA);

const requests = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'REQUEST')
    .map((e) => compactEvent(e, { date: false, quantity: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe('the party after "from" or "by" behind a request noun makes the request', () => {
  it.each([
    [
      'after "from"',
      'Requests from Freedonia and Sylvania reached Osterlich on Monday.',
      'REQUEST FRD+SYL>',
    ],
    [
      'after "by", over an article',
      'An appeal by the Sylvanian government came on Monday.',
      'REQUEST SYL>',
    ],
  ])('%s', (_name, text, expected) => {
    expect(requests(text)).toEqual([expected]);
  });
  it.each([
    [
      'a party after "to" is asked, not asking',
      'A request to Sylvania came on Monday.',
      'REQUEST SYL>',
    ],
    [
      'a party further off does not ask',
      'Requests from many capitals reached Sylvania on Monday.',
      'REQUEST SYL>',
    ],
  ])('negative: %s', (_name, text, unwanted) => {
    expect(requests(text)).not.toContain(unwanted);
  });
});
