import { describe, expect, it } from 'vitest';
import { findClauses } from '../../src/annotate/syntax/find-clauses.js';
import { readSyntaxAhead, syntaxOf, verbGroupAt } from '../../src/code/roles/clause-roles.js';
import { explainEvents } from '../../src/code/index.js';
import { analyze } from '../../src/pipeline.js';
import { viewSentences } from '../../src/code/sentence-view.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactCoder, compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts, { quantity: false });

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
const ROLES: [string, string, string[]][] = [
  [
    'a pronoun subject of a reported clause is the reporter; the troops fight beside the partner',
    'Freedonia confirmed on Monday that it sent troops to fight alongside Sylvanian forces.',
    ['AID FRD>SYL @2024-11-04'],
  ],
  [
    'a finite passive takes its actor from "by"',
    'On Monday two Freedonian soldiers were captured by Sylvanian forces.',
    ['ASSAULT SYL>FRD @2024-11-04'],
  ],
  [
    'a relative clause: the antecedent acts',
    'Osterlich, which shelled Sylvania on Monday, denied the report.',
    ['ASSAULT OST>SYL @2024-11-04'],
  ],
  [
    'negative: troops sent are not those they fight beside',
    'Freedonia sent troops on Monday to fight alongside Sylvanian forces.',
    ['AID FRD>SYL @2024-11-04'],
  ],
  [
    '"they" stands for a plural subject of the governing clause',
    'Freedonian officials said on Monday that they shelled Sylvania.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'negative: "they" does not stand for a singular governing subject',
    'Osterlich said on Monday that they were shelled by Sylvania.',
    ['ASSAULT SYL> @2024-11-04'],
  ],
  [
    'a bare object of "call" controls nothing: the caller acts; "them" is the one called',
    'Freedonia called the leaders of Sylvania and Osterlich on Monday to order them to stop.',
    ['REQUEST FRD>SYL+OST @2024-11-04'],
  ],
  [
    'negative: a plural "them" does not stand for a singular object',
    'Freedonia called the Sylvanian president on Monday to order them to stop.',
    ['REQUEST FRD> @2024-11-04'],
  ],
  [
    'negative: under object control the pronoun is not the controller',
    'Freedonia urged Sylvania on Monday to order them to stop.',
    ['REQUEST SYL> @2024-11-04'],
  ],
  [
    'negative: a pronoun with no governing clause takes no subject from the clause',
    'It shelled Sylvania on Monday.',
    ['ASSAULT >SYL @2024-11-04'],
  ],
];

// PLOVER's auxiliary modes from the verb group: negated events are not asserted; a refused
// cooperative act is a rejection.
const MODES: [string, string, string[]][] = [
  [
    'a negated verb group',
    'Freedonia did not send troops to Sylvania on Monday.',
    ['AID FRD>SYL negated @2024-11-04'],
  ],
  [
    '"would not provide" aid is a rejection',
    'Sylvania said on Monday that it would not provide aid to Freedonia.',
    ['REJECT SYL>FRD @2024-11-04'],
  ],
  [
    'a condition makes the event hypothetical',
    'If Freedonia shells Sylvania, Osterlich will respond.',
    ['ASSAULT FRD>SYL hypothetical'],
  ],
  [
    'negative: a negation in another clause leaves the event asserted',
    'Freedonia, which has not commented, shelled Sylvania on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'negative: a past negated aid ("did not provide") is no rejection',
    'Sylvania did not provide aid to Freedonia on Monday.',
    ['AID SYL>FRD negated @2024-11-04'],
  ],
];

// "X retaliated by saying": the act done by speaking is the statement.
const REPLIES: [string, string, string[]][] = [
  [
    'an act done by saying something is no act',
    'Sylvania retaliated on Monday by saying it would close the border.',
    [],
  ],
  [
    'negative: an act done by acting stays',
    'Sylvania retaliated on Monday by shelling Freedonia.',
    ['ASSAULT SYL>FRD @2024-11-04'],
  ],
];

// "told" as a cue: its speaker is blocked, so only the clause could make the teller act.
const withTold = {
  ...dicts,
  cues: [
    ...dicts.cues,
    { id: 'told', pattern: '\\btold\\b', stance: 'assert' as const, source: 'before' as const },
  ],
};
const CONTROLLERS: [string, string, string[]][] = [
  [
    'a named controller with no code acts, not the one who told it',
    'Freedonia told Ivo Marek to shell Sylvania on Monday.',
    ['ASSAULT >SYL @2024-11-04'],
  ],
  [
    "negative: a common-noun controller is the teller's own agent",
    'Freedonia told its gunners to shell Sylvania on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
];

describe('the controller of a "to"-clause', () => {
  it.each(CONTROLLERS)('%s', (_name, text, expected) => {
    const events = explainEvents(buildAnnotated(text, '2024-11-06'), withTold).events;
    expect(events.map((e) => compactEvent(e, { quantity: false }))).toEqual(expected);
  });
});

describe('roles from the clause of the trigger', () => {
  it.each(ROLES)('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});

describe('modality from the verb group', () => {
  it.each(MODES)('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});

describe('acts done by speaking', () => {
  it.each(REPLIES)('%s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});

// What a stance rule reads of its cue's clause: "did not dispute" is a negated verb group.
describe('the verb group at a word', () => {
  const groupAt = (text: string, word: string) => {
    const view = viewSentences(buildAnnotated(text, '2024-11-06'))[0];
    return view ? verbGroupAt(view, text.indexOf(word)) : null;
  };
  it('reads negation and the lemma of a cue verb', () => {
    expect(groupAt('Sylvania did not dispute the images.', 'dispute')).toMatchObject({
      lemma: 'dispute',
      negated: true,
      modal: null,
    });
  });
  it('negative: an asserting cue verb is not negated', () => {
    expect(groupAt('Sylvania disputed the images.', 'disputed')).toMatchObject({
      lemma: 'dispute',
      negated: false,
    });
  });
  it('negative: a noun is in no verb group', () => {
    expect(groupAt('Sylvania disputed the images.', 'images')).toBeNull();
  });
});

// A rule about to read several sentences has them tagged together: the same clauses as one by one.
describe('reading the syntax of sentences ahead', () => {
  const text =
    'Freedonia sent troops to Sylvania on Monday. Osterlich, which shelled Sylvania, denied it. ' +
    "Sylvania didn't say whether it would respond. Talks resumed";
  it('gives each view the clauses findClauses finds alone', () => {
    const views = viewSentences(buildAnnotated(text, '2024-11-06'));
    expect(views.length).toBe(4);
    const [first, second, third] = views;
    if (!first || !second || !third) return;
    syntaxOf(second);
    const before = second.memo.syntax;
    readSyntaxAhead([third, first, second, third]);
    // a view read before keeps its syntax; the others are read, each as alone
    expect(second.memo.syntax).toBe(before);
    expect(views[3]?.memo.syntax).toBeUndefined();
    for (const v of [first, second, third])
      expect(v.memo.syntax).toEqual(findClauses(v.sentence.text, v.sentence.span.start));
  });
});

describe("a negator in a party's name negates nothing (shipped dictionaries)", () => {
  const modality = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.map((e) => `${e.type} ${e.modality}`);
  it('"Doctors Without Borders evacuated its staff" is asserted', () => {
    expect(modality('Doctors Without Borders evacuated its staff from Gaza.')).toEqual([
      'RETREAT asserted',
    ]);
  });
  it('negative: a negator outside the name still negates', () => {
    expect(modality('Doctors Without Borders did not evacuate its staff from Gaza.')).toEqual([
      'RETREAT negated',
    ]);
  });
});
