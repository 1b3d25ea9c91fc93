import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE/MODE` of each event, from the shipped dictionaries (invented sentences). */
function types(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  return events.map((e: Event) => `${e.type}/${e.mode ?? ''}`);
}

// Words of border crises and rebel offensives (issue 12: a coder that reads crises it was not
// written from), each with the PLOVER type it codes.
const FOUND: [string, string, string][] = [
  [
    'recalling an ambassador cuts relations',
    'Estonia recalled its ambassador from Latvia on Monday.',
    'SANCTION/relations',
  ],
  [
    'withdrawing an envoy cuts relations, not troops',
    'Estonia withdrew its envoy to Latvia on Monday.',
    'SANCTION/relations',
  ],
  [
    "a state's withdrawal of its ambassador",
    "Estonia's withdrawal of its ambassador angered Latvia on Monday.",
    'SANCTION/relations',
  ],
  [
    'an expulsion of diplomats',
    "Estonia's expulsion of Latvian diplomats on Monday drew protests.",
    'SANCTION/expel',
  ],
  [
    'a severance of ties, told with a date',
    "Estonia's severance of ties with Latvia on Monday surprised Lithuania.",
    'SANCTION/relations',
  ],
  ['aid itself stays aid', "Estonia's aid to Latvia arrived on Monday.", 'AID/'],
  ['exchanging fire', 'Estonia and Latvia exchanged artillery fire on Monday.', 'ASSAULT/'],
  ['trading gunfire', 'Estonian and Latvian troops traded gunfire on Monday.', 'ASSAULT/'],
  [
    'a ceasefire that holds',
    'A ceasefire between Estonia and Latvia began on Monday.',
    'RETREAT/ceasefire',
  ],
  [
    'destroying a military unit is an attack',
    'Estonian jets destroyed a Latvian brigade on Monday.',
    'ASSAULT/',
  ],
  [
    'a refusal, told with its date',
    "Estonia's refusal on Monday to negotiate with Latvia angered Lithuania.",
    'REJECT/',
  ],
  ['opposing a move rejects it', 'Estonia opposed the Latvian plan on Monday.', 'REJECT/'],
  ['overrunning a town', 'Estonian troops overran a Latvian border town on Monday.', 'ASSAULT/'],
  [
    'advancing into a town',
    'Estonian troops advanced into Latvian territory on Monday.',
    'ASSAULT/',
  ],
  [
    'dropping bombs',
    'Estonian jets dropped two bombs on a Latvian road on Monday.',
    'ASSAULT/aerial',
  ],
  ['breaching a border', 'Estonian troops breached the Latvian border on Monday.', 'ASSAULT/'],
];

const NOT_FOUND: [string, string, string][] = [
  [
    'troops withdrawn are a retreat, not relations cut',
    'Estonia withdrew its troops from Latvia on Monday.',
    'SANCTION',
  ],
  ['an envoy recalled as memory', 'The Estonian envoy recalled his years in Latvia.', 'SANCTION'],
  ['being opposed to something', 'Estonia is opposed to the Latvian plan.', 'REJECT'],
  ['talks advancing', 'Estonian talks with Latvia advanced on Monday.', 'ASSAULT'],
  ['prices dropping', 'Estonian prices dropped sharply after the Latvian vote.', 'ASSAULT'],
  [
    'a contract breached',
    'An Estonian firm breached its contract with a Latvian buyer.',
    'ASSAULT',
  ],
  // a verb form right after a preposition is a noun ("amid offers", "following requests")
  ['offers after "amid"', 'Estonian talks stalled amid offers of Latvian gas.', 'AGREE'],
  // ("following requests from X" that an act answers is X's request of the doer: answered-requests)
  ['requests after "amid"', 'Estonia waited amid requests from Latvia.', 'REQUEST'],
  ['requests after "despite"', 'Estonia pressed on despite requests from Latvia.', 'REQUEST'],
  ['aid as a modifier', 'Estonian aid groups reached Latvian villages on Monday.', 'AID'],
  ['views exchanged', 'Estonia and Latvia exchanged views on Monday.', 'ASSAULT'],
  ['a truce broken', 'Latvia said Estonia broke the truce on Monday.', 'RETREAT'],
  [
    'a ceasefire violated',
    'Latvia accused Estonia of violating the ceasefire on Monday.',
    'RETREAT',
  ],
  [
    'destroying houses stays coercion',
    'Estonian troops destroyed Latvian houses on Monday.',
    'ASSAULT',
  ],
  ['talks that are refused', 'Estonia repeated its refusal to negotiate with Latvia.', 'CONSULT'],
  ['severance pay', 'Estonian workers received severance pay from a Latvian firm.', 'SANCTION'],
];

describe('words of border crises and offensives', () => {
  it.each(FOUND)('%s', (_why, text, expected) => {
    expect(types(text)).toContain(expected);
  });
  it.each(NOT_FOUND)('finds no %s event: %s', (_why, text, type) => {
    expect(types(text).filter((t) => t.startsWith(type))).toEqual([]);
  });
});
