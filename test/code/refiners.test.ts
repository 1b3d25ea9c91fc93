import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { Event } from '../../src/model/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

const events = (text: string): Event[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events;
const code = (text: string): string[] =>
  events(text).map((e) => compactEvent(e, { quantity: false }));

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
const PROVISIONS: [string, string, string[]][] = [
  ['a treaty obliging its parties', 'The pact obliges Freedonia to send troops to Sylvania.', []],
  ['"it mandates that ... must"', 'It mandates that Freedonia must supply Sylvania.', []],
  ['a law that requires', 'Sylvania passed a law which requires that Freedonia be shelled.', []],
  [
    'the provision verb is the trigger itself',
    'The pact provides for arms from Freedonia to Sylvania.',
    [],
  ],
  [
    'negative: "it" that provides may be a state',
    'Freedonia said it provides arms to Sylvania.',
    ['AID FRD>SYL @2024-11-06'],
  ],
  [
    'negative: a state that provides is no text',
    'Freedonia provides arms to Sylvania.',
    ['AID FRD>SYL @2024-11-06'],
  ],
  [
    'negative: a semicolon ends the provision',
    'The pact obliges nothing; Freedonia shelled Sylvania on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'negative: "calls" without "for" is no provision',
    'The pact, Sylvania calls it, is dead as Freedonia shelled Sylvania on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'negative: a state as subject is no text',
    'Freedonia obliged and shelled Sylvania on Monday, Osterlich said.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
];

const MERGES: [string, string, string[]][] = [
  [
    'a pledge of support does not join the signing of a treaty',
    'Freedonia and Sylvania signed a pact in June. Freedonia backed Sylvania.',
    ['AGREE FRD+SYL> @2024-06', 'SUPPORT FRD>SYL @2024-11-06'],
  ],
  [
    'two signings of one treaty still merge',
    'Freedonia and Sylvania signed a pact in June. The pact was signed by Firefly and Trentino.',
    ['AGREE FRD+SYL> @2024-06'],
  ],
  [
    'several triggers of one party-less act are one event',
    'Gunmen shelled a market on Monday, killing many.',
    ['ASSAULT > @2024-11-04'],
  ],
  [
    'negative: party-less acts in two sentences stay two',
    'Gunmen shelled a market on Monday. Others shelled a school on Tuesday.',
    ['ASSAULT > @2024-11-04', 'ASSAULT > @2024-11-05'],
  ],
];

const PARTNERS: [string, string, string[]][] = [
  [
    "a ratification takes the treaty's partner",
    'Freedonia and Sylvania signed a pact in June. Freedonia ratified the pact on Wednesday.',
    ['AGREE FRD+SYL> @2024-06', 'AGREE FRD>SYL @2024-11-06'],
  ],
  [
    'negative: two partners, none chosen',
    'Freedonia and Sylvania signed a pact in June. Freedonia and Osterlich signed a pact in May. Freedonia ratified the pact on Wednesday.',
    ['AGREE FRD+SYL> @2024-06', 'AGREE FRD+OST> @2024-05', 'AGREE FRD> @2024-11-06'],
  ],
  [
    'negative: no other treaty event',
    'Freedonia ratified the pact on Wednesday.',
    ['AGREE FRD> @2024-11-06'],
  ],
];

describe('provisions of a text are not events', () => {
  it.each(PROVISIONS)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

describe('same-event merging', () => {
  it.each(MERGES)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
  it('a later mention of a visit joins the meeting told beside it, not an earlier one', () => {
    const out = events(
      'Firefly met Trentino in June. Freedonia shelled Osterlich on Monday. At talks on Monday, Firefly met Trentino, who had come for talks.',
    );
    expect(out.map((e) => compactEvent(e, { quantity: false }))).toEqual([
      'CONSULT FRD+SYL> @2024-06',
      'ASSAULT FRD>OST @2024-11-04',
      'CONSULT FRD+SYL> @2024-11-04',
    ]);
    expect(out[0]?.evidence).toHaveLength(1);
  });
});

describe('treaty partner', () => {
  it.each(PARTNERS)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

describe('sector of a possessed part of a state', () => {
  const ROWS: [string, string, string | null][] = [
    ['a listed part', "Freedonia's parliament ratified the pact on Wednesday.", 'LEG'],
    [
      'a modifier inside the listed name',
      "Freedonia's upper legislative chamber ratified the pact on Wednesday.",
      'LEG',
    ],
    [
      'negative: an unlisted part keeps the sector',
      "Freedonia's new leader ratified the pact.",
      'GOV',
    ],
    [
      'negative: an adjective entry names no part after a possessive',
      "Freedonia's military ratified the pact.",
      'GOV',
    ],
  ];
  it.each(ROWS)('%s', (_why, text, sector) => {
    const [e] = events(text);
    expect(e?.actors[0]?.sector ?? null).toBe(sector);
  });
});

const ROLES: [string, string, string[]][] = [
  [
    'a participle right after soldiers is a reduced passive: they suffered it',
    'Freedonian soldiers killed near the border on Monday were buried.',
    ['ASSAULT >FRD @2024-11-04'],
  ],
  [
    'negative: a participle with its own object is active',
    'Freedonian soldiers killed two Sylvanian sailors on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    '"in order to" names no order',
    'Freedonia sent troops to Sylvania on Monday in order to deter Osterlich.',
    ['AID FRD>SYL @2024-11-04'],
  ],
  [
    'negative: a real order',
    'Freedonia ordered Sylvania to leave on Monday.',
    ['REQUEST FRD>SYL @2024-11-04'],
  ],
  [
    'troops sent against a state do not go to it',
    'Freedonian troops were deployed against Sylvania on Monday.',
    ['MOBILIZE FRD> @2024-11-04'],
  ],
  [
    'troops in "the war against" a state go to the ally named',
    'Freedonian troops were deployed to Osterlich for the war against Sylvania on Monday.',
    ['AID FRD>OST @2024-11-04'],
  ],
  [
    'troops placed in a region go to its state',
    'Freedonian troops were deployed in the North Ridge region on Monday.',
    ['AID FRD>SYL @2024-11-04'],
  ],
  [
    "negative: troops in their own state's region have no host",
    'Sylvanian troops were deployed in the North Ridge region on Monday.',
    ['MOBILIZE SYL> @2024-11-04'],
  ],
  [
    'troops against a state take the ally the other troop events name',
    'Freedonian troops were deployed to Sylvania on Monday. Freedonian troops were deployed against Osterlich in September.',
    ['AID FRD>SYL @2024-11-04', 'AID FRD>SYL @2024-09'],
  ],
  [
    'a capture and a casualty count are two events',
    'Sylvania captured two Freedonian soldiers on Monday. Many Freedonian soldiers were killed on Monday.',
    ['ASSAULT SYL>FRD @2024-11-04', 'ASSAULT SYL>FRD @2024-11-04'],
  ],
  [
    'the opponent of a casualty count is a party to some event, not a commentator',
    'Freedonia sent troops to Sylvania on Monday. Marsovia said Osterlich shelled the border. Marsovia repeated it, Marsovian officials said. Many Freedonian soldiers were killed on Tuesday.',
    ['AID FRD>SYL @2024-11-04', 'ASSAULT OST>FRD @2024-11-05'],
  ],
];

describe('actors, recipients and hosts', () => {
  it.each(ROLES)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

const SPEAKERS: [string, string, string[]][] = [
  [
    'an act called illegal is an accusation by the speaker before',
    'Sylvania said Freedonian sailors illegally crossed the line.',
    ['ACCUSE SYL>FRD @2024-11-06'],
  ],
  [
    "a quote's speaker after it accuses",
    '"Freedonian sailors illegally crossed the line," Sylvanian officials said.',
    ['ACCUSE SYL>FRD @2024-11-06'],
  ],
  [
    'a quote with no speaker continues the speaker of the sentence before',
    'Sylvania said it was angry. "Freedonian sailors illegally crossed the line."',
    ['ACCUSE SYL>FRD @2024-11-06'],
  ],
  [
    'negative: no speaker anywhere leaves no accuser',
    'Freedonian sailors illegally crossed the line.',
    ['ACCUSE >FRD @2024-11-06'],
  ],
  [
    'a capitalised "May" inside a sentence is no modal',
    'The ship Lucky May shelled Sylvania on Monday, Freedonia said.',
    ['ASSAULT >SYL @2024-11-04'],
  ],
];

describe('speakers of accusations and names that look like modals', () => {
  it.each(SPEAKERS)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

const SCENES: [string, string, string[]][] = [
  [
    'an attack with no target named hits the other side',
    'Freedonia and Sylvania quarrel. Sylvania protested. Sylvanian officials met. Freedonia shelled the harbour on Monday.',
    ['CONSULT SYL> @2024-11-06', 'ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'negative: no other side clearly leads, no target',
    'Sylvania and Osterlich quarrel. Freedonia shelled the harbour on Monday.',
    ['ASSAULT FRD> @2024-11-04'],
  ],
  [
    'an undated attack right after a dated scene takes its day',
    'On October 30, Freedonian ships sailed near Sylvanian boats at the reef. Freedonia shelled Sylvania.',
    ['ASSAULT FRD>SYL @2024-10-30'],
  ],
  [
    'negative: a scene long past is not carried',
    'On March 3, Freedonian ships sailed near Sylvanian boats at the reef. Freedonia shelled Sylvania.',
    ['ASSAULT FRD>SYL @2024-11-06'],
  ],
  [
    "negative: another event's date is no scene",
    'On October 30, Freedonian ships met Sylvanian boats at the reef. Freedonia shelled Sylvania.',
    ['CONSULT FRD+SYL> @2024-10-30', 'ASSAULT FRD>SYL @2024-11-06'],
  ],
];

describe('the other side and the scene of an attack', () => {
  it.each(SCENES)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

describe('party-less troop movements are not kept', () => {
  it('a troop verb with no state is dropped, an attack by nameless men kept', () => {
    expect(code('Troops were deployed overnight.')).toEqual([]);
    expect(code('Gunmen shelled a market on Monday.')).toEqual(['ASSAULT > @2024-11-04']);
  });
});

const STATEMENTS: [string, string, string[]][] = [
  [
    'two statements told with different verbs are two acts',
    'Freedonia condemned Sylvania on Monday. Freedonia threatened Sylvania on Monday.',
    ['ACCUSE FRD>SYL @2024-11-04', 'THREATEN FRD>SYL @2024-11-04'],
  ],
  [
    'the same statement told twice with one verb is one act',
    'Freedonia condemned Sylvania on Monday. Freedonia condemned Sylvania again, officials said.',
    ['ACCUSE FRD>SYL @2024-11-04'],
  ],
  [
    'a threat is dated by the statement that makes it',
    'Freedonia will shell Sylvania, Freedonian officials said on Monday.',
    ['THREATEN FRD>SYL planned @2024-11-04'],
  ],
  [
    'negative: a promise keeps no date',
    'Freedonia will send troops to Sylvania, Freedonian officials said on Monday.',
    ['AGREE FRD>SYL planned'],
  ],
];

describe('statements and threats', () => {
  it.each(STATEMENTS)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

const REPORTS: [string, string, string[]][] = [
  [
    'a later passive "they were captured" with its own day joins the capture told earlier',
    'Sylvania has captured two Freedonian soldiers, Sylvanian officials said. The weather was cold. Roads were icy. The soldiers were captured on Saturday.',
    ['ASSAULT SYL>FRD @2024-11-02'],
  ],
  [
    'negative: an attack reported days before its stated day is another attack',
    'Sylvania said on Friday it shelled Freedonia. Sylvania shelled Freedonia on Monday.',
    ['ASSAULT SYL>FRD @2024-11-01', 'ASSAULT SYL>FRD @2024-11-04'],
  ],
];

describe('reports of an attack and the day it happened', () => {
  it.each(REPORTS)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});
