import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import type { Annotated } from '../../src/model/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// Decision 033: events told in forms the trigger rows do not reach.
const EXTRA: TriggerEntry[] = [
  { id: 'shell', pos: 'verb', lemma: 'shell', type: 'ASSAULT', mode: 'heavy-weapons' },
  {
    id: 'suspend',
    pos: 'verb',
    lemma: 'suspend',
    type: 'SANCTION',
    mode: 'discontinue',
    object: ['treaty', 'aid'],
  },
  { id: 'withdraw', pos: 'verb', lemma: 'withdraw', type: 'RETREAT', mode: 'withdraw' },
  {
    id: 'urge',
    pos: 'verb',
    lemma: 'urge',
    type: 'REQUEST',
    mode: 'change',
    governs: true,
    speech: true,
  },
];
const dicts = testDictionaries(EXTRA);

const run = (a: Annotated) => explainEvents(a, dicts).events;
const code = (text: string): string[] =>
  run(buildAnnotated(text, '2024-11-06')).map((e) => compactEvent(e, { date: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe('the use of arms told as a noun phrase is an attack', () => {
  it.each([
    [
      '"by" names who used them',
      'The use of cluster munitions by Freedonian forces hit Sylvanian villages.',
      'ASSAULT FRD>',
    ],
    [
      'a possessive names who used them',
      "Freedonia's use of heavy weaponry was reported on Monday.",
      'ASSAULT FRD>',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
  });

  it.each([
    ['a threat of use', 'Freedonia threatened the use of heavy weaponry against Sylvania.'],
    ['a ban on use', 'Sylvania called for a ban on the use of cluster munitions by all sides.'],
    ['use of something that is no arms', "Freedonia's use of the port was reported on Monday."],
    ['a verb "use" with no "of"', 'Freedonia may use drones along the border.'],
    [
      'a use judged as a violation: the judgment, not the act',
      "Freedonia's use of heavy weaponry is a violation of the treaty, Sylvania said.",
    ],
  ])('negative: %s', (_name, text) => {
    expect(code(text).filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });
});

describe('an act a condemnation names with its doer after "by" is coded apart', () => {
  it('the condemned attack and the condemnation', () => {
    const events = code('Sylvania condemned the use of cluster munitions by Freedonian forces.');
    expect(events).toContain('ACCUSE SYL>FRD');
    expect(events.some((e) => e.startsWith('ASSAULT FRD>'))).toBe(true);
  });

  it.each([
    ['no doer named', 'Sylvania condemned the use of cluster munitions.'],
    [
      'a non-disapproving verb',
      'Sylvania studied the use of cluster munitions by Freedonian forces.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(code(text).filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });
});

// The real annotator reads a state's adjective as 'actor/demonym' from its country forms.
function withDemonym(text: string): Annotated {
  const a = buildAnnotated(text, '2024-11-06');
  for (const m of a.mentions)
    if (m.kind === 'actor' && m.text === 'Sylvanian') {
      m.ruleId = 'actor/demonym';
      m.entry = 'countries:SYL';
    }
  return a;
}
const places = (text: string): string[] =>
  run(withDemonym(text)).map((e) => `${e.type} ${e.place?.country ?? '-'} ${e.place?.text ?? '-'}`);

describe('an act in "Xian territory" or "a Xian border area" happened in that state', () => {
  it.each([
    [
      'a border area',
      'Freedonian forces shelled houses in a Sylvanian border area.',
      'ASSAULT SYL a Sylvanian border area',
    ],
    [
      'territory',
      'Freedonian forces shelled houses in Sylvanian territory.',
      'ASSAULT SYL Sylvanian territory',
    ],
  ])('%s', (_name, text, expected) => {
    expect(places(text)).toContain(expected);
  });

  it.each([
    [
      'a named place wins',
      'Freedonian forces shelled Lakeport in a Sylvanian border area.',
      'ASSAULT SYL Lakeport',
    ],
    [
      'no locative before it',
      'Freedonian forces shelled houses near the Sylvanian border area.',
      'ASSAULT - -',
    ],
    [
      'a spoken act has no place',
      'Freedonia condemned the raids of Sylvanian forces in Sylvanian territory.',
      'ACCUSE - -',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(places(text)).toContain(expected);
  });
});

describe('taking a dispute to a court accuses the other side', () => {
  const accusations = (text: string): string[] => code(text).filter((e) => e.startsWith('ACCUSE'));
  it.each([
    [
      'the other side of the fighting, not the court',
      'Freedonian forces shelled Sylvanian villages in May. In June, Sylvania referred the dispute to the International Court of Justice.',
      ['ACCUSE SYL>FRD'],
    ],
    [
      'a case brought before a tribunal',
      'Freedonian forces shelled Sylvanian villages in May. Sylvania brought the case before an arbitration tribunal.',
      ['ACCUSE SYL>FRD'],
    ],
    [
      'two sides it is opposed to: no one accused is guessed',
      'Freedonian forces shelled Sylvanian villages. Osterlich shelled Sylvania too. Sylvania took the dispute to the International Court of Justice.',
      ['ACCUSE SYL>'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(accusations(text)).toEqual(expected);
  });

  it.each([
    ['referring to a ruling', 'Sylvania referred to the court ruling on Monday.'],
    ['an oath before the court', 'The Sylvanian judge took the oath before the court.'],
    ['a dispute sent to no court', 'Sylvania referred the dispute to a joint committee.'],
  ])('negative: %s', (_name, text) => {
    expect(accusations(text)).toEqual([]);
  });
});

describe('an outsider appealing for restraint addresses the sides at war', () => {
  const FIGHTING =
    'Freedonian forces shelled Sylvanian villages on Monday. Sylvanian forces shelled Freedonian towns on Tuesday. ';
  const appeals = (text: string): string[] =>
    run(buildAnnotated(text, '2024-11-06'))
      .filter((e) => e.type === 'REQUEST')
      .map((e) => compactEvent(e));
  it.each([
    [
      'a standing appeal: undated',
      `${FIGHTING}Osterlich has urged restraint.`,
      ['REQUEST OST>FRD+SYL'],
    ],
    [
      'an appeal of the day keeps its date',
      `${FIGHTING}Osterlich urged restraint on Tuesday.`,
      ['REQUEST OST>FRD+SYL @2024-11-05'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(appeals(text)).toEqual(expected);
  });

  it.each([
    // (its call for calm speaks to the public and is dropped: public-appeals.test.ts)
    [
      'one of the sides urges restraint',
      `${FIGHTING}Sylvania has urged restraint.`,
      ['REQUEST SYL>'],
    ],
    ['no fighting in the article', 'Osterlich has urged restraint.', ['REQUEST OST>']],
    [
      'an appeal that names whom it asks',
      `${FIGHTING}Osterlich has urged Marsovia to show restraint.`,
      ['REQUEST OST>MRS'],
    ],
    [
      'an appeal for something else',
      `${FIGHTING}Osterlich has urged an inquiry.`,
      ['REQUEST OST>'],
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(appeals(text).map((e) => e.replace(/ @\S+/, ''))).toEqual(expected);
  });
});

describe('a measure kept until another party acts demands that act', () => {
  const coded = (text: string): string[] => code(text).filter((e) => !e.startsWith('AGREE'));
  it.each([
    [
      'the party after "until" is asked',
      'Freedonia suspended the treaty with Sylvania until Sylvania ends its support for the rebels.',
      ['SANCTION FRD>SYL', 'REQUEST FRD>SYL'],
    ],
    [
      'the act waited for is not done',
      'Freedonia suspended aid to Sylvania until Sylvania withdraws its troops.',
      ['SANCTION FRD>SYL', 'REQUEST FRD>SYL'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });

  it.each([
    ['a date after "until"', 'Freedonia suspended the treaty with Sylvania until March.'],
    [
      'no measure before "until"',
      'Sylvanian forces shelled Freedonian towns until Freedonia withdrew.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(coded(text).filter((e) => e.startsWith('REQUEST'))).toEqual([]);
  });
});
