import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE/MODE` of each event, from the shipped dictionaries (invented sentences). */
function types(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  return events.map((e: Event) => `${e.type}/${e.mode ?? ''}`);
}

// The common verbs of the field that issue 12 names, each with the PLOVER type it codes.
const FOUND: [string, string, string][] = [
  [
    'releasing prisoners is a retreat',
    'Estonia released 40 Latvian prisoners on Monday.',
    'RETREAT/release',
  ],
  [
    'freeing detainees is a retreat',
    'Estonian forces freed 12 Latvian detainees on Monday.',
    'RETREAT/release',
  ],
  [
    'engaging in a firefight is an assault',
    'Estonian troops engaged in a firefight with Latvian soldiers on Monday.',
    'ASSAULT/',
  ],
  ['killing is an assault', 'Estonian troops killed three Latvian soldiers on Monday.', 'ASSAULT/'],
  [
    'shelling is an assault',
    'Estonian forces shelled Latvian positions on Monday.',
    'ASSAULT/heavy-weapons',
  ],
  [
    'staging a protest is a protest',
    'Latvian students staged a protest outside the Estonian embassy on Monday.',
    'PROTEST/demo-org',
  ],
  [
    'jailing is coercion',
    'An Estonian court jailed two Latvian journalists on Monday.',
    'COERCE/arrest',
  ],
  [
    'imprisoning is coercion',
    'Estonia imprisoned two Latvian activists on Monday.',
    'COERCE/arrest',
  ],
  [
    'sentencing to prison is coercion',
    'An Estonian court sentenced a Latvian activist to prison on Monday.',
    'COERCE/arrest',
  ],
  [
    'conducting exercises is mobilising',
    'Estonia is conducting military exercises near the Latvian border.',
    'MOBILIZE/troops',
  ],
  [
    'holding drills is mobilising',
    'The Estonian army held drills near the Latvian border on Monday.',
    'MOBILIZE/troops',
  ],
  [
    'joint exercises stay cooperation',
    'Estonia and Latvia conducted joint exercises on Monday.',
    'COOPERATE/exercise',
  ],
  [
    'condemning is an accusation',
    'Estonia condemned the Latvian raid on Monday.',
    'ACCUSE/disapprove',
  ],
  ...(
    [
      ['rebuked', 'Estonia rebuked Latvia over the border incident on Monday.'],
      ['censured', 'The Estonian parliament censured Latvia on Monday.'],
      ['deplored', 'Estonia deplored the Latvian decision on Monday.'],
      ['decried', 'Estonian officials decried the Latvian blockade on Monday.'],
      ['castigated', 'Estonia castigated Latvia for the expulsions on Monday.'],
      ['lambasted', 'The Estonian minister lambasted Latvia on Monday.'],
      ['chided', 'Estonia chided Latvia over the fishing quotas on Monday.'],
      ['reprimanded', 'Estonia reprimanded the Latvian envoy on Monday.'],
    ] as const
  ).map(([verb, text]): [string, string, string] => [
    `"${verb}" is disapproval`,
    text,
    'ACCUSE/disapprove',
  ]),
  ...(
    [
      ['endorsed', 'Estonia endorsed the Latvian candidate on Monday.'],
      ['commended', 'Estonia commended Latvia for its restraint on Monday.'],
      ['applauded', 'The Estonian president applauded Latvia on Monday.'],
      ['congratulated', 'Estonia congratulated Latvia on the election on Monday.'],
      ['hailed', 'Estonian officials hailed the Latvian decision on Monday.'],
    ] as const
  ).map(([verb, text]): [string, string, string] => [
    `"${verb}" is praise`,
    text,
    'SUPPORT/praise',
  ]),
  [
    'conferring with someone is a consultation',
    'The Estonian president conferred with the Latvian president on Monday.',
    'CONSULT/visit',
  ],
  ['consulting is a consultation', 'The Estonian minister consulted Latvia on Monday.', 'CONSULT/'],
  [
    'a phone call',
    'The Estonian president phoned the Latvian president on Monday.',
    'CONSULT/phone',
  ],
  ['a telephone call', 'The Estonian premier telephoned Latvia on Monday.', 'CONSULT/phone'],
  [
    'speaking by telephone',
    'The Estonian president spoke by telephone with the Latvian president on Monday.',
    'CONSULT/phone',
  ],
  [
    'going on strike is a protest',
    'Estonian dockers went on strike on Monday.',
    'PROTEST/strike-gen',
  ],
  [
    'picketing is a protest',
    'Estonian protesters picketed the Latvian embassy on Monday.',
    'PROTEST/demo-org',
  ],
  [
    'declining to sign is a rejection',
    'Estonia declined to sign the Latvian proposal on Monday.',
    'REJECT/',
  ],
  [
    'moving troops is a troop move',
    'Estonia moved 2,000 soldiers into Latvia on Monday.',
    'AID/troops',
  ],
  [
    'arming a party is weapons aid',
    'Estonia has been arming Latvian rebels for years.',
    'AID/weapons',
  ],
  ['an accusation of arming', 'Estonia accused Latvia of arming the rebels.', 'AID/weapons'],
  [
    'launching drills is a mobilization',
    'Estonia launched drills near Latvia on Monday.',
    'MOBILIZE/troops',
  ],
  ['staging exercises', 'Estonia staged naval exercises off Latvia on Monday.', 'MOBILIZE/troops'],
];

const NOT_FOUND: [string, string, string][] = [
  ['going on to do something', 'The Estonian envoy went on to praise Latvia on Monday.', 'PROTEST'],
  [
    'a picket fence',
    'An Estonian farmer painted the picket fence near the Latvian border.',
    'PROTEST',
  ],
  ['a degree conferred', 'An Estonian university conferred a degree on a Latvian poet.', 'CONSULT'],
  ['speaking to reporters', 'The Estonian president spoke to reporters about Latvia.', 'CONSULT'],
  ['a reprimand as a noun', 'A reprimand from the Latvian coach upset Estonian players.', 'ACCUSE'],
  [
    'hailing from a place',
    'The Estonian minister hailed from a Latvian border village.',
    'SUPPORT',
  ],
  ['a rebuke as a noun', 'The Estonian rebuke came after Latvian talks on Monday.', 'ACCUSE'],
  ['a statement released', 'Estonia released a statement on Monday.', 'RETREAT'],
  ['funds freed up', 'Estonia freed up funds for the Latvian budget on Monday.', 'RETREAT'],
  ['a comeback staged', 'Estonia staged a comeback in the match against Latvia.', 'PROTEST'],
  ['a play staged', 'An Estonian theatre staged a Latvian play on Monday.', 'PROTEST'],
  [
    'diplomats engaged in talks',
    'Estonia engaged Latvian diplomats in talks on Monday.',
    'ASSAULT',
  ],
  ['a survey conducted', 'Estonia conducted a survey of Latvian voters on Monday.', 'MOBILIZE'],
  [
    'a ship manoeuvring',
    'An Estonian ship was conducting dangerous manoeuvres near a Latvian boat.',
    'MOBILIZE',
  ],
  ['shares closing higher', 'Estonian shares closed higher on Monday.', 'COERCE'],
  ['a meeting closed', 'Estonia closed the meeting with Latvia on Monday.', 'COERCE'],
  ['a cut as a noun', 'A Latvian cut of the budget angered Estonia.', 'SANCTION'],
  ['an election held', 'Estonia held elections on Monday, Latvian observers said.', 'MOBILIZE'],
  ['moving to act', 'Estonia moved to block Latvian troops on Monday.', 'AID'],
  [
    'an exercise in something else',
    'Estonia launched an exercise in transparency with Latvia.',
    'MOBILIZE',
  ],
  ['the armed wing as an arm', 'The military arm of the Estonian party met Latvian envoys.', 'AID'],
  ["arm's length", "Estonia kept Latvia at arm's length on Monday.", 'AID'],
  ['moving closer to a deal', 'Estonia moved closer to a deal with Latvian forces.', 'AID'],
  [
    'a refusal to comment (a non-answer, not a rejection)',
    'An Estonian spokesman declined to comment on the Latvian proposal.',
    'REJECT',
  ],
  [
    'a refusal to say',
    'The Estonian ministry declined to say whether Latvia had confirmed the deployment.',
    'REJECT',
  ],
];

describe('common verbs of the field', () => {
  it.each(FOUND)('%s', (_why, text, expected) => {
    expect(types(text)).toContain(expected);
  });
  it.each(NOT_FOUND)('finds no %s event: %s', (_why, text, type) => {
    expect(types(text).filter((t) => t.startsWith(type))).toEqual([]);
  });
});

describe('a reaction to drills named again is aimed at who held them (words/event-references)', () => {
  it('condemning "the drills" is aimed at the drilling side', () => {
    const { events } = analyze(
      'Estonia launched drills near Latvia on Monday. Latvia condemned the drills on Tuesday.',
      { published: '2024-11-06' },
    );
    const condemned = events.find((e) => e.type === 'ACCUSE');
    expect(condemned?.recipients.map((r) => r.code)).toEqual(['EST']);
  });
});
