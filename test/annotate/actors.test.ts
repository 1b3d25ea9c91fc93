import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

const index = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);

function find(text: string, published: string | null = '2024-11-06'): string[] {
  const article = inventedArticle(text, published);
  return findActorMentions(article, splitSentences(article), index).map(
    (m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}|${m.ruleId}|${m.entry ?? ''}`,
  );
}

// [rule, input, expected "text|code|sector|rule|entry" list]
const ROWS: [string, string, string[]][] = [
  ['country-name', 'Freedonia protested.', ['Freedonia|FRD|-|actor/country-name|countries:FRD']],
  [
    'country-name',
    'Aid reached North Sylvania.',
    ['North Sylvania|SYL|-|actor/country-name|countries:SYL'],
  ],
  ['country-name (short form)', 'The FR sent aid.', ['FR|FRD|-|actor/country-name|countries:FRD']],
  ['possessive', "Freedonia's envoy left.", ['Freedonia|FRD|-|actor/country-name|countries:FRD']],
  ['capital', 'Fredville said no.', ['Fredville|FRD|GOV|actor/capital|countries:FRD']],
  [
    'capital (two words)',
    'Sylvan City said no.',
    ['Sylvan City|SYL|GOV|actor/capital|countries:SYL'],
  ],
  ['demonym', 'Sylvanian claims grew.', ['Sylvanian|SYL|-|actor/demonym|countries:SYL']],
  ['demonym (plural)', 'The Freedonians left.', ['Freedonians|FRD|-|actor/demonym|countries:FRD']],
  [
    'demonym-noun',
    'Freedonian troops crossed.',
    ['Freedonian troops|FRD|MIL|actor/demonym-noun|countries:FRD'],
  ],
  [
    'demonym-noun (possessive)',
    "Sylvania's foreign ministry objected.",
    ["Sylvania's foreign ministry|SYL|GOV|actor/demonym-noun|countries:SYL"],
  ],
  [
    'demonym-noun (two words)',
    'The Sylvanian coast guard fired.',
    ['Sylvanian coast guard|SYL|MIL|actor/demonym-noun|countries:SYL'],
  ],
  [
    'demonym-noun (adjective noun as noun)',
    'The Freedonian military said so.',
    ['Freedonian military|FRD|MIL|actor/demonym-noun|countries:FRD'],
  ],
  [
    'institution',
    'The Grand Council voted.',
    ['Grand Council|SYL|LEG|actor/institution|institutions:grand-council'],
  ],
  ['institution (acronym)', 'FNN reported it.', ['FNN|FRD|MED|actor/institution|institutions:fnn']],
  [
    'institution (qualified)',
    'The Freedonian Security Board met.',
    ['Freedonian Security Board|FRD|GOV|actor/institution|institutions:security-board'],
  ],
  [
    'institution (unqualified)',
    'The Security Board met.',
    ['Security Board|UNO|GOV|actor/institution|institutions:security-board'],
  ],
  [
    'office-holder',
    'Rufus T. Firefly spoke.',
    ['Rufus T. Firefly|FRD|GOV|actor/office-holder|office-holders:firefly'],
  ],
  [
    'office-holder (title)',
    'President Firefly spoke.',
    ['President Firefly|FRD|GOV|actor/office-holder|office-holders:firefly'],
  ],
  [
    'office-holder (state, title, name)',
    'Sylvanian Foreign Minister Chico Chicolini spoke.',
    [
      'Sylvanian Foreign Minister Chico Chicolini|SYL|GOV|actor/office-holder|office-holders:chicolini',
    ],
  ],
  [
    'office-holder (surname after name)',
    'Chico Chicolini arrived. Chicolini spoke.',
    [
      'Chico Chicolini|SYL|GOV|actor/office-holder|office-holders:chicolini',
      'Chicolini|SYL|GOV|actor/office-holder|office-holders:chicolini',
    ],
  ],
  [
    'role on the day (2024)',
    'The Freedonian president spoke.',
    ['Freedonian president|FRD|GOV|actor/role|office-holders:firefly'],
  ],
  [
    'role (leader)',
    'Freedonian leader arrived.',
    ['Freedonian leader|FRD|GOV|actor/role|office-holders:firefly'],
  ],
  [
    'role (default state)',
    'The Grand Chancellor spoke.',
    ['Grand Chancellor|SYL|GOV|actor/role|office-holders:trentino'],
  ],
  [
    'role (unknown name)',
    'Sylvanian President Otto Vonn spoke.',
    ['Sylvanian President Otto Vonn|SYL|GOV|actor/role|roles:president'],
  ],
  [
    'role (ranks before the name)',
    'Sylvanian President Gen. Otto Vonn spoke.',
    ['Sylvanian President Gen. Otto Vonn|SYL|GOV|actor/role|roles:president'],
  ],
  [
    'role (a short surname ends the sentence: no rank abbreviation)',
    'He met Sylvanian President Otto Pell.',
    ['Sylvanian President Otto Pell|SYL|GOV|actor/role|roles:president'],
  ],
  [
    'a person named with a role, named again by surname',
    'Sylvanian President Gen. Otto Vonn spoke. Later, Vonn left.',
    [
      'Sylvanian President Gen. Otto Vonn|SYL|GOV|actor/role|roles:president',
      'Vonn|SYL|GOV|actor/person-named-again|roles:president',
    ],
  ],
  [
    'negative: a name word two people of different states share names neither',
    'Sylvanian President Otto Vonn met Freedonian President Anna Vonn. Vonn spoke.',
    [
      'Sylvanian President Otto Vonn|SYL|GOV|actor/role|roles:president',
      'Freedonian President Anna Vonn|FRD|GOV|actor/role|roles:president',
    ],
  ],
  [
    'negative: a rank is no part of the name',
    'Sylvanian President Gen. Otto Vonn spoke. A Gen. Smith came.',
    ['Sylvanian President Gen. Otto Vonn|SYL|GOV|actor/role|roles:president'],
  ],
  [
    'role (no holder known)',
    'The Sylvanian president spoke.',
    ['Sylvanian president|SYL|GOV|actor/role|roles:president'],
  ],
  [
    'institution then role',
    'A Grand Council spokesman spoke.',
    ['Grand Council spokesman|SYL|LEG|actor/role|roles:spokesperson'],
  ],
  [
    'compound with a second name stays',
    'The Freedonia-Sylvania border, Sylvanian officials said.',
    [
      'Freedonia|FRD|-|actor/country-name|countries:FRD',
      'Sylvania|SYL|-|actor/country-name|countries:SYL',
      'Sylvanian officials|SYL|GOV|actor/demonym-noun|countries:SYL',
    ],
  ],
  [
    'a capitalised article after a dateline dash opens no longer name',
    'Fredville — The Freedonia delegation left.',
    [
      'Fredville|FRD|GOV|actor/capital|countries:FRD',
      'Freedonia|FRD|-|actor/country-name|countries:FRD',
    ],
  ],
  [
    'a capitalised article after an opening quote opens no longer name',
    '“The Freedonia of today is strong,” he said.',
    ['Freedonia|FRD|-|actor/country-name|countries:FRD'],
  ],
  [
    'a compass word before a state names a part of it',
    'Troops entered South Freedonia.',
    ['Freedonia|FRD|-|actor/country-name|countries:FRD'],
  ],
  [
    'a compass adjective before a state names a part of it',
    'Rain fell on a village in Western Freedonia.',
    ['Freedonia|FRD|-|actor/country-name|countries:FRD'],
  ],
  [
    'a compass name that is its own entry wins whole',
    'Aid reached North Sylvania and Eastern Freedonia.',
    [
      'North Sylvania|SYL|-|actor/country-name|countries:SYL',
      'Freedonia|FRD|-|actor/country-name|countries:FRD',
    ],
  ],
];

// Inputs that must name no actor.
const NONE: [string, string][] = [
  ['non-actor phrase', 'Veterans of the Freedonian War met.'],
  ['non-actor sea', 'Ships sailed the Sylvania Sea.'],
  ['lower case', 'the freedonian shore.'],
  // a backer ("Sylvania-backed") is named: see backer-compounds.test.ts
  ['hyphen compound', 'A Freedonian-language paper and a Sylvania-based group.'],
  ['pro- compound', 'The pro-Freedonian crowd cheered.'],
  [
    'part of a longer name',
    'A man named Henry Freedonia Smith wrote for the Fredville Gazette about the matter.',
  ],
  ['surname before the full name', 'Teasdale waved.'],
  // a compass word frees a state's name only: a capital after it is a district's name
  ['a compass word before a capital', 'Reporters from East Fredville arrived.'],
  ['a compass word inside a longer name', 'He read the South Freedonia Courier today.'],
  ['a name after an article', 'He read The Freedonia Gazette today.'],
  // a place's name, then an adjectival noun opening a longer name: an institution named after
  // the place ("Xburg State University"), not the state acting
  [
    'a capital before an adjectival noun that opens a name',
    'Staff and students of the Fredville Military Academy met there today.',
  ],
  [
    'a country before an adjectival noun that opens a name',
    'He taught history at Freedonia Military College for twenty years.',
  ],
  ['noun without a state', 'The troops and officials left.'],
  ['title without a state or holder', 'The president spoke.'],
];

describe('actor rules (invented dictionary)', () => {
  it.each(ROWS)('%s: %s', (_rule, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
  it.each(NONE)('%s: %s', (_rule, text) => {
    expect(find(text)).toEqual([]);
  });

  it('resolves a title against the article day', () => {
    expect(find('The Freedonian president spoke.', '2025-03-01')).toEqual([
      'Freedonian president|FRD|GOV|actor/role|office-holders:teasdale',
    ]);
    expect(find('Freedonian leader arrived.', '2025-03')).toEqual([
      'Freedonian leader|FRD|GOV|actor/role|office-holders:teasdale',
    ]);
  });

  it('drops a state named only by a name it shares with a part of another named state', () => {
    expect(find('Freedonia said storms hit Sylvania.')).toEqual([
      'Freedonia|FRD|-|actor/country-name|countries:FRD',
    ]);
    expect(find('Freedonia said Sylvanian troops entered Sylvania.')).toHaveLength(3);
    expect(find('Storms hit Sylvania.')).toHaveLength(1);
  });

  it('prefers the independent state where a demonym names two', () => {
    expect(find('Sylvanian claims grew.')[0]).toContain('|SYL|');
  });

  it('keeps an adjectival noun out before another noun', () => {
    expect(find('Freedonian military efforts grew.')).toEqual([
      'Freedonian|FRD|-|actor/demonym|countries:FRD',
    ]);
  });

  it('keeps an adjectival noun that opens no longer name', () => {
    // a demonym before it: the state's own body
    expect(find('Staff of the Freedonian Military Academy spoke.')).toEqual([
      'Freedonian Military|FRD|MIL|actor/demonym-noun|countries:FRD',
    ]);
    // a weekday is no name
    expect(find('The Fredville military Monday said so.')).toHaveLength(1);
    expect(find('Fredville Military Monday said so.')).toEqual([
      'Fredville Military|FRD|MIL|actor/demonym-noun|countries:FRD',
    ]);
    // the end of the phrase, a verb after it
    expect(find('He said the Fredville military struck.')).toEqual([
      'Fredville military|FRD|MIL|actor/demonym-noun|countries:FRD',
    ]);
    // a title-case headline capitalises every word
    expect(find('Fredville Military Strikes Hit Sylvanian Border Towns')).toContain(
      'Fredville Military|FRD|MIL|actor/demonym-noun|countries:FRD',
    );
  });

  it('gives spans into the text', () => {
    const text = 'Talks ended. Then Freedonian troops crossed into Sylvania.';
    const article = inventedArticle(text);
    for (const m of findActorMentions(article, splitSentences(article), index))
      expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});
