import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE ACTORS>RECIPIENTS` of each event, from the shipped dictionaries (invented sentences). */
function coded(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  const codes = (l: { code: string }[]): string => [...new Set(l.map((r) => r.code))].join('+');
  return events.map((e: Event) => `${e.type} ${codes(e.actors)}>${codes(e.recipients)}`);
}

const FOUND: [string, string, string][] = [
  // weapon systems delivered, and a state's own air defences that act for it
  [
    'weapon systems delivered',
    'Estonia delivered two air defence systems to Latvia on Monday.',
    'AID EST>LVA',
  ],
  [
    "a state's own air defences",
    'Estonia said its air defences destroyed three Latvian drones on Monday.',
    'ASSAULT EST>LVA',
  ],
  // general vocabulary of the PLOVER codebook and the CAMEO verb table
  [
    'forgiving a party is support',
    'Estonia said on Monday it forgave Latvia for the incident.',
    'SUPPORT EST>LVA',
  ],
  ['a debt forgiven is aid', "Estonia forgave Latvia's debt on Monday.", 'AID EST>LVA'],
  [
    'restoring diplomatic relations is support',
    'Estonia and Latvia restored diplomatic relations on Monday.',
    'SUPPORT',
  ],
  [
    'donating supplies is aid',
    'Estonia donated medical supplies to Latvia on Monday.',
    'AID EST>LVA',
  ],
  [
    'an amnesty granted is a concession',
    'Estonia granted amnesty to Latvian prisoners on Monday.',
    'CONCEDE EST>LVA',
  ],
  ['a pardon is a concession', 'Estonia pardoned two Latvian spies on Monday.', 'CONCEDE EST>LVA'],
  [
    'regret expressed is a concession',
    'Estonia expressed regret to Latvia on Monday for the shooting.',
    'CONCEDE EST>LVA',
  ],
  [
    'letting inspectors in is a retreat',
    'Estonia allowed UN inspectors into the country on Monday.',
    'RETREAT EST>UNO',
  ],
  [
    'returning a seized ship is a retreat',
    'Estonia returned the seized Latvian ship on Monday.',
    'RETREAT EST>LVA',
  ],
  [
    'a party charged with a crime is accused',
    'Estonia charged two Latvian nationals with espionage on Monday.',
    'ACCUSE EST>LVA',
  ],
  [
    'turning down a request is a rejection',
    'Estonia turned down a Latvian request for aid on Monday.',
    'REJECT EST>LVA',
  ],
  ['declaring martial law is coercion', 'Estonia declared martial law on Monday.', 'COERCE EST>'],
  [
    'ruling out talks is a rejection',
    'Estonia ruled out talks with Latvia on Monday.',
    'REJECT EST>LVA',
  ],
  ['freezing assets is a sanction', 'Estonia froze Latvian assets on Monday.', 'SANCTION EST>LVA'],
  [
    'closing an embassy is a sanction',
    'Estonia closed its embassy in Latvia on Monday.',
    'SANCTION EST>LVA',
  ],
  [
    'closing a newspaper is censorship',
    'Estonia closed down a Latvian newspaper on Monday.',
    'COERCE EST>LVA',
  ],
  [
    'beating prisoners is an assault',
    'Estonian soldiers beat two Latvian prisoners on Monday.',
    'ASSAULT EST>LVA',
  ],
  [
    'executing hostages is an assault',
    'Estonian rebels executed two Latvian hostages on Monday.',
    'ASSAULT EST>LVA',
  ],
  [
    'a massacre told by its verb',
    'Estonian troops massacred 40 Latvian villagers.',
    'ASSAULT EST>LVA',
  ],
  [
    'laying down arms is disarming',
    'Estonian rebels laid down their arms on Monday.',
    'RETREAT EST>',
  ],
  [
    'airlifting food is aid',
    'Estonia airlifted food and medicine to Latvian refugees on Monday.',
    'AID EST>LVA',
  ],
  [
    'a loan approved is aid',
    'The World Bank approved a $50 million loan to Latvia on Monday.',
    'AID',
  ],
  [
    'holding a party responsible is blame',
    'Estonia held Latvia responsible for the attack.',
    'ACCUSE EST>LVA',
  ],
  [
    'charging that a party acted is an accusation',
    'Estonia charged that Latvia was arming the rebels.',
    'ACCUSE EST',
  ],
  [
    'agreeing to demands is yielding',
    'Estonia agreed to the Latvian demands on Monday.',
    'CONCEDE EST>LVA',
  ],
  [
    'giving in to demands is yielding',
    'Estonia gave in to Latvian demands on Monday.',
    'CONCEDE EST>LVA',
  ],
  [
    'yielding to pressure is yielding',
    'Estonia yielded to Latvian pressure on Monday.',
    'CONCEDE EST>LVA',
  ],
  [
    'pressing a party to act is a request',
    'Estonia pressed Latvia to release the prisoners.',
    'REQUEST EST>LVA',
  ],
  ['food sent is aid', 'Estonia sent 200 tons of food to Latvia.', 'AID EST>LVA'],
  [
    'a crowd protesting outside an embassy is a demonstration',
    'Thousands of Estonians protested outside the Latvian embassy in Tallinn.',
    'PROTEST EST>LVA',
  ],
  [
    'a party put under investigation is investigated (the passive of a base-form participle)',
    'A Latvian national has been put under investigation in Estonia for his role in the riots.',
    'ACCUSE >LVA',
  ],
  [
    'placing a party under investigation is investigating it',
    'Estonian prosecutors placed two Latvian officials under investigation on Monday.',
    'ACCUSE EST>LVA',
  ],
  [
    'control measures are coercion',
    'The Estonian coast guard took control measures against Latvian boats on Monday.',
    'COERCE EST>LVA',
  ],
  [
    'colliding with a vessel is an attack',
    'An Estonian patrol ship collided with Latvian boats on Monday.',
    'ASSAULT EST>LVA',
  ],
  [
    'responding with force is an attack',
    'Estonian forces responded with force against Latvia on Monday.',
    'ASSAULT EST>LVA',
  ],
  [
    'ceasefire violations by a party are its attacks',
    'Estonia reported ceasefire violations by Latvia on Monday.',
    'ASSAULT LVA>',
  ],
  [
    'an act called illegal is the speaker accusing',
    '"Latvian boats illegally entered our waters," Estonian officials said.',
    'ACCUSE EST>LVA',
  ],
  [
    'calling an act a breach is disapproval',
    "Estonia called Latvia's decision a breach of diplomatic norms on Monday.",
    'ACCUSE EST>LVA',
  ],
  [
    'calling an act a violation is disapproval',
    'Estonia on Monday called the Latvian strike a flagrant violation of its sovereignty.',
    'ACCUSE EST>LVA',
  ],
  [
    'describing an act as illegal is disapproval',
    'Estonia on Monday described the Latvian blockade as illegal.',
    'ACCUSE EST>LVA',
  ],
  [
    'labelling an act a provocation is disapproval',
    'Estonia labelled the Latvian naval drills as a provocation on Monday.',
    'ACCUSE EST',
  ],
  [
    'speaking with a leader is consulting',
    'The Estonian president spoke with the Latvian prime minister on Monday.',
    'CONSULT EST+LVA>',
  ],
  [
    'talking with a counterpart is consulting',
    'The Estonian foreign minister talked with her Latvian counterpart on Monday.',
    'CONSULT EST+LVA>',
  ],
  [
    'a renewed call for a party to act is a request',
    'Estonia renewed its call for Latvia to reopen the border.',
    'REQUEST EST>LVA',
  ],
  [
    'a demand names the party asked after "that"',
    'Estonia reiterated its demand that Latvia reopen the border.',
    'REQUEST EST>LVA',
  ],
  ['thanking is support', 'Estonia thanked Latvia for its help on Monday.', 'SUPPORT EST>LVA'],
  [
    'troops set to serve alongside an ally are sent to it',
    'Estonia sent troops to Latvia on Monday. The troops will serve alongside Latvian forces.',
    'AGREE EST>LVA',
  ],
  ['seeking help is a request', 'Estonia sought help from Latvia on Monday.', 'REQUEST EST'],
  [
    "boarding another side's boats is a seizure",
    'Estonian sailors boarded the Latvian boats on Monday.',
    'COERCE EST>LVA',
  ],
  [
    "inspecting another side's cargo is a seizure",
    "Estonian forces inspected the Latvian convoy's cargo on Monday.",
    'COERCE EST>LVA',
  ],
  [
    'a foreign army taking part in a routine military exercise shows force',
    'Estonian troops took part in a routine military exercise on Monday.',
    'MOBILIZE EST',
  ],
  [
    'troops leaving an outpost retreat',
    'Estonian troops abandoned the outpost on Monday.',
    'RETREAT EST',
  ],
  [
    'refusing to give up ground is a rejection of the side that presses for it',
    'Latvian ships surrounded the island on Sunday. Estonia said on Monday it will never abandon the island.',
    'REJECT EST>LVA',
  ],
  [
    'warning shots are a threat of force',
    'Estonian patrol boats fired warning shots at Latvian fishing boats on Monday.',
    'THREATEN EST>LVA',
  ],
  [
    'shots fired into the air are a threat of force',
    'Latvian troops fired shots into the air on Monday as Estonian soldiers neared the post.',
    'THREATEN LVA',
  ],
];

const NOT_FOUND: [string, string, string][] = [
  ['support for a debt forgiven', "Estonia forgave Latvia's debt on Monday.", 'SUPPORT'],
  [
    'support for a service restored',
    'Estonia restored electricity to Tallinn on Monday.',
    'SUPPORT',
  ],
  [
    'a concession in hope expressed',
    'Estonia expressed hope for new talks with Latvia on Monday.',
    'CONCEDE',
  ],
  [
    'a retreat in trucks let across',
    'Estonia allowed Latvian trucks to cross the border on Monday.',
    'RETREAT',
  ],
  ['a retreat in going home', 'The Estonian president returned to Tallinn on Monday.', 'RETREAT'],
  [
    'an accusation in a task given',
    'The Estonian minister was charged with organizing the talks.',
    'ACCUSE',
  ],
  [
    'a rejection in turning out',
    'Estonian voters turned out in large numbers on Monday.',
    'REJECT',
  ],
  ['coercion in support declared', 'Estonia declared its support for Latvia on Monday.', 'COERCE'],
  [
    'a rejection in a ruling',
    'The Estonian court ruled on Monday that the law was valid.',
    'REJECT',
  ],
  ['a sanction in a frozen lake', 'The lake froze over on Monday.', 'SANCTION'],
  [
    'censorship in schools closed',
    'Estonian schools closed on Monday because of the storm.',
    'COERCE',
  ],
  [
    'an assault in a match won',
    'Estonia beat Latvia 2-0 in the football final on Monday.',
    'ASSAULT',
  ],
  ['an assault in a plan carried out', 'Estonia executed its plan to build a bridge.', 'ASSAULT'],
  [
    'disarming in a foundation laid',
    'Estonian workers laid the foundation of the new embassy.',
    'RETREAT',
  ],
  ['aid in citizens flown out', 'Estonia airlifted its citizens out of Latvia on Monday.', 'AID'],
  ['aid in a budget approved', 'The Estonian parliament approved the budget on Monday.', 'AID'],
  [
    'a request in troops pressing on',
    'Estonian troops pressed on to the Latvian capital.',
    'REQUEST',
  ],
  [
    'a concession in proposals agreed to',
    'Estonia agreed to Latvian proposals on Monday.',
    'CONCEDE',
  ],
  ['an accusation in elections held', 'Estonia will hold the elections on Monday.', 'ACCUSE'],
  ['aid in inspectors sent', 'Estonia sent food inspectors to the border.', 'AID'],
  [
    'a demonstration in a state protesting',
    'Estonia protested to Latvia over the border incident.',
    'PROTEST',
  ],
  ['a plan put under review', 'Estonia put the plan under review on Monday.', 'ACCUSE'],
  [
    'officials placed on leave',
    'Estonia placed two Latvian officials on leave on Monday.',
    'ACCUSE',
  ],
  ['measures that control nothing', 'Estonia took measures to calm markets on Monday.', 'COERCE'],
  ['plans that collide', 'Estonian and Latvian plans collided on Monday.', 'ASSAULT'],
  ['a plan given up', 'Estonia abandoned its plan to build a bridge on Monday.', 'RETREAT'],
  ['a reply to a letter', 'Estonia responded to the Latvian letter on Monday.', 'ASSAULT'],
  ['traffic violations', 'Estonia reported violations of traffic rules on Monday.', 'ASSAULT'],
  [
    'a call for an end to violations',
    'Estonia called for an end to violations of the truce on Monday.',
    'ACCUSE',
  ],
  [
    'a meeting called after a breach',
    'Estonia called a meeting after a breach of the pipeline.',
    'ACCUSE',
  ],
  ['a backlog dealt with', 'Estonia dealt with the backlog of visas on Monday.', 'THREATEN'],
  ['boarding a flight', 'Estonian officials boarded a flight to Riga on Monday.', 'COERCE'],
  ['boarding their own ship', 'Estonian sailors boarded their own ship on Monday.', 'COERCE'],
  ['inspecting a plant', 'Estonian inspectors inspected the Latvian nuclear plant.', 'COERCE'],
  ['seeking to do something', 'Estonia said it would seek to resupply its posts.', 'REQUEST'],
  ['serving with no state named', 'Cooks served alongside the minister on Monday.', 'AID'],
  [
    'describing an act in words of no judgment',
    'Estonia described the Latvian drills as routine.',
    'ACCUSE',
  ],
  ['phone calls', 'Estonia made phone calls to Latvia on Monday.', 'REQUEST'],
  ['an appeals court', 'The appeals court in Tallinn upheld the verdict on Monday.', 'REQUEST'],
  [
    'speaking with reporters',
    'The Estonian president spoke with reporters in Tallinn on Monday.',
    'CONSULT',
  ],
  ['shots fired at troops', 'Latvian troops fired shots at Estonian troops on Monday.', 'THREATEN'],
  [
    'a missile fired at the air base',
    'Latvia fired a missile at the Estonian air base.',
    'THREATEN',
  ],
  [
    'talking about relations with a state',
    'Estonia keeps talking about closer relations with Latvia.',
    'CONSULT',
  ],
];

describe('shipped triggers', () => {
  it.each(FOUND)('%s', (_why, text, expected) => {
    expect(coded(text).some((e) => e.startsWith(expected))).toBe(true);
  });
  it.each(NOT_FOUND)('finds no %s event: %s', (_why, text, type) => {
    expect(coded(text).filter((e) => e.startsWith(type))).toEqual([]);
  });
  it('negative: a refusal of another kind is given no opponent', () => {
    const got = coded(
      'Latvian ships surrounded the island on Sunday. Estonia said on Monday it will not meet the envoy.',
    );
    expect(got.filter((e) => e.startsWith('REJECT'))).toEqual(['REJECT EST>']);
  });
  it('a firm threat in a quote is the speaker threatening', () => {
    const got = coded('"Any new incursion will be dealt with firmly," Estonian officials said.');
    expect(got.some((e) => e.startsWith('THREATEN EST'))).toBe(true);
  });
});
