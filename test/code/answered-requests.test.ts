import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// The request noun as the shipped dictionary has it, and an act that answers it.
const EXTRA: TriggerEntry[] = [
  {
    id: 'request-n',
    pos: 'noun',
    words: ['request', 'requests', 'plea', 'pleas'],
    type: 'REQUEST',
    mode: null,
    nominalNeedsActor: true,
  },
  {
    id: 'host',
    pos: 'verb',
    lemma: 'host',
    forms: ['host', 'hosts', 'hosted', 'hosting'],
    type: 'CONSULT',
    mode: 'host',
  },
];
const dicts = testDictionaries(EXTRA);

// The requests coded in a text, with their dates (an answered request keeps none).
const requests = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'REQUEST')
    .map((e) => compactEvent(e, { quantity: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe('a request an act answered asks the one who did the act', () => {
  it.each([
    [
      '"following requests from X and Y", "following" read as a verb',
      'Osterlich hosted the talks on Monday following requests from Freedonia and Sylvania for mediation.',
      ['REQUEST FRD+SYL>OST'],
    ],
    [
      '"after a request by X", over an article',
      'Osterlich hosted the talks on Monday after a request by Sylvania.',
      ['REQUEST SYL>OST'],
    ],
    [
      '"in response to requests from X"',
      'Osterlich hosted the talks on Monday in response to requests from Freedonia.',
      ['REQUEST FRD>OST'],
    ],
    [
      'a phrase that opens the sentence hangs on the main clause after it',
      'Following repeated requests from Freedonia, Osterlich hosted the talks on Monday.',
      ['REQUEST FRD>OST'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(requests(text)).toEqual(expected);
  });
  it.each([
    [
      'a request not told as what an act answered is a background mention',
      'Osterlich hosted the talks on Monday, and requests from Freedonia were many.',
    ],
    [
      'no maker named: nobody asked is found',
      'Osterlich hosted the talks on Monday following requests for mediation.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(requests(text).filter((r) => r.includes('>OST'))).toEqual([]);
  });
  it("negative: the act's doer among the makers asks no one but the others", () => {
    // Freedonia hosts after its own and Sylvania's request: it is not asked by itself
    expect(
      requests(
        'Freedonia hosted the talks on Monday following requests from Freedonia and Sylvania.',
      ),
    ).not.toContain('REQUEST FRD+SYL>FRD');
  });
  it('negative: a request with no answering word is left to the request maker', () => {
    expect(
      requests('Requests from Freedonia and Sylvania reached Osterlich on Monday.').some((r) =>
        r.startsWith('REQUEST FRD+SYL>OST'),
      ),
    ).toBe(false);
  });
});
