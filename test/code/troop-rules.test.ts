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
const stances = (text: string): string[] =>
  events(text).map((e) =>
    [
      `${e.type} ${e.actors.map((a) => a.code).join('+')}`,
      ...e.attributions.map((a) => `${a.source?.code ?? '?'}:${a.stance}`),
    ].join(' '),
  );

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
const JOINT: [string, string, string[]][] = [
  [
    'fighting alongside an ally against a third side',
    'Freedonian troops fought alongside Sylvania against Osterlich on Monday.',
    ['ASSAULT FRD+SYL>OST @2024-11-04'],
  ],
  [
    'troops acting side by side with an ally',
    'The Freedonian troops, acting side by side with Sylvanian troops, held the line on Monday.',
    ['ASSAULT FRD+SYL> @2024-11-04'],
  ],
  [
    '"while fighting alongside": the subject of the main clause fights',
    'Osterlich said on Monday that Freedonian troops were shelled while fighting alongside Sylvania.',
    ['ASSAULT >FRD @2024-11-04', 'ASSAULT FRD+SYL> @2024-11-04'],
  ],
  [
    'taking part in combat operations is an attack by the subject',
    'Freedonian troops took part in the operations on Monday.',
    ['ASSAULT FRD> @2024-11-04'],
  ],
  [
    'negative: a diplomat acting alongside an ally is no combat',
    'Freedonia, acting alongside Sylvania, asked for calm on Monday.',
    [],
  ],
  [
    'negative: "fought" with no partner is no joint combat',
    'Freedonia fought hard for the deal on Monday.',
    [],
  ],
  [
    'negative: a casualty count does not join the joint combat told before it',
    'Freedonian troops fought alongside Sylvania on Monday. Freedonia said Osterlich killed two Sylvanian soldiers on Monday.',
    ['ASSAULT FRD+SYL>OST @2024-11-04', 'ASSAULT OST>SYL @2024-11-04'],
  ],
];

const FORCES: [string, string, string[]][] = [
  [
    'a passive deployment confirmed by a state is its own',
    'Sylvania confirmed on Monday that 500 troops had been sent to the North Ridge region.',
    ['MOBILIZE SYL> @2024-11-04'],
  ],
  [
    'unnamed troops are those of the troops told of just before',
    'Freedonia sent troops to Sylvania on Monday. Osterlich confirmed that the soldiers had been deployed to the North Ridge region.',
    ['AID FRD>SYL @2024-11-04'],
  ],
  [
    'forces in a quote are the speaker’s own',
    'Freedonia said: "units of the forces took part in the operations".',
    ['ASSAULT FRD> @2024-11-06'],
  ],
  [
    'negative: foreign troops a state denies are not its own',
    'Sylvania denied on Monday that foreign troops had been sent to the North Ridge region.',
    [],
  ],
  [
    'negative: an assertion by a third state does not make the troops its own',
    'Osterlich said on Monday that 500 troops had been sent to the North Ridge region.',
    [],
  ],
  [
    'negative: the subject of a plain passive is acted on, not the actor',
    'Sylvania confirmed on Monday that Freedonian soldiers were shelled.',
    ['ASSAULT >FRD @2024-11-04'],
  ],
];

const OWN: [string, string, string[]][] = [
  [
    "a sender's statement on its troops abroad confirms the deployment",
    'Freedonia said on Monday that it sent troops to Sylvania.',
    ['AID FRD FRD:confirm'],
  ],
  [
    "a receiving ally's statement confirms it too",
    'Sylvania said on Monday that Freedonia sent troops to Sylvania.',
    ['AID FRD SYL:confirm'],
  ],
  [
    'negative: a third state asserts',
    'Osterlich said on Monday that Freedonia sent troops to Sylvania.',
    ['AID FRD OST:assert'],
  ],
  [
    "negative: a side's claim of its own attack stays an assertion",
    'Freedonia said on Monday that it shelled Sylvania.',
    ['ASSAULT FRD FRD:assert'],
  ],
  [
    'negative: a denial by a party stays a denial',
    'Osterlich said on Monday that Freedonia sent troops to Sylvania. Freedonia denied it.',
    ['AID FRD OST:assert FRD:deny'],
  ],
  [
    'negative: a party that will not confirm is not confirming when it also says something',
    'Sylvania has not confirmed that Freedonia sent troops to Sylvania. Sylvania said that Freedonian troops were in Sylvania.',
    ['AID FRD SYL:noncommittal SYL:assert'],
  ],
];

const PEOPLE: [string, string, string[]][] = [
  [
    'a people named by its plural demonym, taking part in a war, are troops',
    'Sylvania has not confirmed the participation of Freedonians in the war.',
    ['MOBILIZE FRD SYL:noncommittal'],
  ],
  [
    'negative: a people taking part in something else than a war may be anyone',
    'Sylvania reported the involvement of Freedonians in the trade fair on Monday.',
    [],
  ],
  [
    'negative: a state taking part is no troop deployment by itself',
    'Sylvania has not confirmed the participation of Freedonia in the war.',
    [],
  ],
];

const PASSIVE_BY: [string, string, string[]][] = [
  [
    'a passive cue: the named party joined by "and" to an unnamed group speaks',
    'The deployment of Freedonian troops to Sylvania was confirmed by Western officials and Osterlich on Monday.',
    ['AID FRD OST:assert'],
  ],
  [
    'a passive cue: the party right after "by" speaks',
    'The deployment of Freedonian troops to Sylvania was confirmed by Osterlich on Monday.',
    ['AID FRD OST:assert'],
  ],
  [
    'negative: a party after a comma and "and" starts a new clause',
    'The deployment of Freedonian troops to Sylvania was confirmed by officials, and Osterlich stayed calm.',
    ['AID FRD ?:assert'],
  ],
];

const modes = (text: string): string[] =>
  events(text).map((e) => `${compactEvent(e, { quantity: false })} ${e.mode ?? '-'}`);

const SECOND_OBJECTS: [string, string, string[]][] = [
  [
    'troops and weapons sent are two aids',
    'Freedonia sent troops and weapons to Sylvania on Monday.',
    ['AID FRD>SYL @2024-11-04 troops', 'AID FRD>SYL @2024-11-04 weapons'],
  ],
  [
    'the second object may be a longer noun phrase',
    'Freedonia has sent thousands of soldiers and shiploads of arms to Sylvania.',
    ['AID FRD>SYL @2024-11-06 troops', 'AID FRD>SYL @2024-11-06 weapons'],
  ],
  [
    'negative: another verb takes the second object',
    'Freedonia sent troops and captured weapons in Sylvania on Monday.',
    ['AID FRD>SYL @2024-11-04 troops', 'ASSAULT FRD>SYL @2024-11-04 abduct'],
  ],
  [
    'negative: a new clause after a comma is no list of objects',
    'Freedonia sent troops to Sylvania on Monday, and weapons were found there.',
    ['AID FRD>SYL @2024-11-04 troops'],
  ],
];

const QUOTES: [string, string, string[]][] = [
  [
    'scare quotes around a few words do not hide the subject',
    'Osterlich said that the Freedonian troops "fully shelled" Sylvania on Monday.',
    ['ASSAULT FRD>SYL @2024-11-04'],
  ],
  [
    'negative: a long quote still ends the clause',
    'Osterlich said that "the worst day came when the rebels from the hills shelled" Sylvania on Monday.',
    ['ASSAULT > @2024-11-04'],
  ],
];

describe('joint combat', () => {
  it.each(JOINT)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

describe('forces named without their state', () => {
  it.each(FORCES)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

describe('a party speaking of its own troops', () => {
  it.each(OWN)('%s', (_why, text, expected) => expect(stances(text)).toEqual(expected));
});

describe('quote marks in role search', () => {
  it.each(QUOTES)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

const PRESENCE: [string, string, string[]][] = [
  [
    'troops an attack targets are its victims, not a deployment',
    'Sylvania said on Monday that it killed Freedonian troops in the North Ridge region.',
    ['ASSAULT SYL>FRD @2024-11-04'],
  ],
  [
    'troops fought against are an enemy, not an aid',
    'Osterlich said on Monday that Sylvanian troops fought against Freedonian troops in the North Ridge region.',
    [],
  ],
  [
    'negative: troops placed in a foreign region are still sent there',
    'Osterlich said on Monday that Freedonian troops in the North Ridge region were resting.',
    ['AID FRD>SYL @2024-11-04'],
  ],
];

describe('troops placed in a country', () => {
  it.each(PRESENCE)('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

describe('a people at war', () => {
  it.each(PEOPLE)('%s', (_why, text, expected) => expect(stances(text)).toEqual(expected));
});

describe('the speaker of a passive cue', () => {
  it.each(PASSIVE_BY)('%s', (_why, text, expected) => expect(stances(text)).toEqual(expected));
});

describe('a verb with two objects joined by "and"', () => {
  it.each(SECOND_OBJECTS)('%s', (_why, text, expected) => expect(modes(text)).toEqual(expected));

  it('gives the troops their figure and the arms none of it', () => {
    const got = events('Freedonia sent 3,000 troops and weapons to Sylvania on Monday.').map(
      (e) => `${e.mode ?? '-'} ${e.quantity ? `${e.quantity.value} ${e.quantity.unit}` : '-'}`,
    );
    expect(got).toEqual(['troops 3000 troops', 'weapons -']);
  });
});
