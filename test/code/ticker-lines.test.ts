import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = (text: string, title: string | null = null): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06', title), dicts).events.map((e) =>
    compactEvent(e, { date: false }),
  );

// Invented pages; published Wednesday 2024-11-06.
const BODY = 'Freedonia signed a trade pact with Sylvania on Monday.';
describe('a labelled ticker line of another story holds no event', () => {
  it.each([
    ['LIVE:', `${BODY}\n\nLIVE: Marsovia shelled Osterlich overnight`],
    ['Watch:, mixed case', `${BODY}\n\nWatch: Marsovia shelled Osterlich overnight`],
    ['two label words', `${BODY}\n\nBREAKING NEWS: Marsovia shelled Osterlich overnight`],
    ['ALSO READ:', `${BODY}\n\nALSO READ: Marsovia shelled Osterlich overnight`],
    ['Live updates:', `${BODY}\n\nLive updates: Marsovia shelled Osterlich overnight`],
  ])('%s', (_name, text) => {
    const got = code(text);
    expect(got.filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
    expect(got.some((e) => e.startsWith('AGREE FRD'))).toBe(true);
  });
  it.each([
    [
      "the article's own headline keeps its label",
      'LIVE: Marsovia shelled Osterlich overnight',
      'LIVE: Marsovia shelled Osterlich overnight\n\nThe shelling went on until dawn.',
    ],
    [
      'a dateline in capitals is no label',
      null,
      `${BODY}\n\nLAKEPORT: Marsovia shelled Osterlich overnight.`,
    ],
    [
      'a colon later in the sentence',
      null,
      `${BODY}\n\nOne thing is clear: Marsovia shelled Osterlich.`,
    ],
    [
      'an update of the article itself',
      null,
      `${BODY}\n\nUpdate: Marsovia shelled Osterlich overnight, officials said.`,
    ],
    [
      'a label word that opens a sentence with no colon',
      null,
      `${BODY}\n\nLive reports say Marsovia shelled Osterlich.`,
    ],
  ])('negative: %s', (_name, title, text) => {
    expect(code(text, title).some((e) => e.startsWith('ASSAULT MRS>OST'))).toBe(true);
  });
});

// A lone side's loss, its doer left to the article's leading other party.
const KILLED =
  'Three Sylvanian soldiers were killed on Monday. Freedonia and Sylvania traded accusations on Tuesday.';
const OTHER = [
  'Marsovia shelled Osterlich overnight',
  'Marsovia says Osterlich lost a town',
  'Marsovian jets struck Osterlich',
];
describe("a ticker line's states are no parties of the article", () => {
  it('a state only ticker lines name is not the doer inferred', () => {
    const text = `${KILLED}\n\n${OTHER.map((l) => `LIVE: ${l}`).join('\n\n')}`;
    expect(code(text).filter((e) => e.includes('>SYL'))).toEqual(['ASSAULT FRD>SYL #3 killed']);
  });
  it('negative: the same lines as news of the article count', () => {
    const text = `${KILLED}\n\n${OTHER.map((l) => `${l}.`).join('\n\n')}`;
    expect(code(text).filter((e) => e.includes('>SYL'))).toEqual(['ASSAULT OST>SYL #3 killed']);
  });
});
