import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE ACTORS>RECIPIENTS` of each event, from the shipped dictionaries (invented sentences). */
function coded(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  const codes = (l: { code: string }[]): string => [...new Set(l.map((r) => r.code))].join('+');
  return events.map((e: Event) => `${e.type} ${codes(e.actors)}>${codes(e.recipients)}`);
}

// An event noun a verb carries out ("began a hunger strike") is the act the sentence tells, not a
// background mention (drop-background, word list act-verbs).
const CARRIED_OUT: [string, string, string][] = [
  [
    'a hunger strike begun',
    'Estonian farmers began a hunger strike outside the parliament in Tallinn.',
    'PROTEST EST>EST',
  ],
  [
    'a hunger strike continued',
    'Estonian teachers are continuing their hunger strike against the Latvian government.',
    'PROTEST EST>LVA',
  ],
  [
    'a withdrawal completed',
    'Latvian troops completed a withdrawal from the Estonian border villages.',
    'RETREAT LVA>EST',
  ],
  [
    'a demand reiterated',
    'Estonia reiterated its demand that Latvia open the border crossings.',
    'REQUEST EST>LVA',
  ],
  ['an attack renewed', 'Estonia renewed its attacks on Latvian border posts.', 'ASSAULT EST>LVA'],
];

// The same nouns told in passing stay background.
const MENTIONED: [string, string][] = [
  [
    'a hunger strike after a preposition',
    'Estonian officials spoke to reporters about the hunger strike at the weekend.',
  ],
  [
    'a withdrawal after a preposition',
    'Estonian ministers answered questions after the Latvian withdrawal from the border.',
  ],
  [
    'a carrying verb too far from the noun',
    'Estonia launched its appeal to the court before the long and bitter Latvian withdrawal.',
  ],
  [
    'a repeating verb too far from the noun',
    'Estonian ministers repeated questions to reporters about the Latvian withdrawal from the border.',
  ],
];

describe('event nouns a verb carries out', () => {
  it.each(CARRIED_OUT)('%s', (_why, text, expected) => expect(coded(text)).toContain(expected));
  it.each(MENTIONED)('stays background: %s', (_why, text) => expect(coded(text)).toEqual([]));
});
