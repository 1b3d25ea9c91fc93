import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import type { CountryRecord } from '../../src/annotate/actors/country-records.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

// An invented state with a compass name and a long one-word capital, beside the shared ones.
const NORTH: CountryRecord = {
  code: 'NVL',
  name: 'North Valoria',
  names: ['North Valoria'],
  demonyms: ['North Valorian'],
  capitals: ['Castelmarino'],
  lat: 0,
  lon: 0,
  independent: true,
  area: 100,
};
const index = buildActorIndex(INVENTED_ACTORS, [...INVENTED_STATES, NORTH]);

function find(text: string): string[] {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), index)
    .filter((m) => /lower-case|misspelled|compass/.test(m.ruleId))
    .map((m) => `${m.text}|${m.actor.code}|${m.ruleId}`);
}

// [rule, input, expected "text|code|rule" list of the context rules only]
const ROWS: [string, string, string[]][] = [
  [
    'a capital in lower case, its state named elsewhere',
    'Freedonia protested. Troops were sent to fredville on Monday.',
    ['fredville|FRD|actor/capital-lower-case'],
  ],
  [
    'negative: a lower-case capital of a state the article does not name',
    'Sylvania protested. Troops were sent to fredville on Monday.',
    [],
  ],
  [
    'a long name one or two letters off, its state named elsewhere',
    'North Valoria protested. The Castelmarin regime confirmed it.',
    ['Castelmarin|NVL|actor/misspelled-name'],
  ],
  [
    'negative: a word three letters off is not a misspelling',
    'Freedonia protested. Frudvil said so.',
    [],
  ],
  [
    'negative: a word that extends a name is a derived word, not a misspelling',
    'North Valoria protested. Castelmarinos said so.',
    [],
  ],
  [
    '"the North" is the one North-named state the article names',
    'North Valoria protested. The nuclear-armed North has become an ally.',
    ['North|NVL|actor/compass-short-form'],
  ],
  [
    'negative: "the North" before another name is part of that name',
    'North Valoria protested. The North Atlantic was calm.',
    [],
  ],
  ['negative: "the North" with no such state named', 'Freedonia protested. The North voted.', []],
  [
    'a title and a holder’s surname one letter off, the holder’s state named',
    'Sylvania protested. Mr Chicolinni said the talks would go on.',
    ['Chicolinni|SYL|actor/misspelled-name'],
  ],
  [
    'a rank and a holder’s surname one letter off (a letter dropped)',
    'Sylvania protested. Dr. Chicolni said the talks would go on.',
    ['Chicolni|SYL|actor/misspelled-name'],
  ],
  [
    'negative: the holder’s state is not named',
    'Freedonia protested. Mr Chicolinni said the talks would go on.',
    [],
  ],
  [
    'negative: no title before the word',
    'Sylvania protested. Chicolinni said the talks would go on.',
    [],
  ],
  [
    'negative: a surname two letters off is another person',
    'Sylvania protested. Mr Chicolanno said the talks would go on.',
    [],
  ],
  [
    'negative: a word that extends the surname is no misspelling',
    'Sylvania protested. Mr Chicolinis said the talks would go on.',
    [],
  ],
  [
    'negative: the holder’s own spelling is the holder, not a misspelling',
    'Sylvania protested. Ambrose Trentino and Mr Trentino spoke.',
    [],
  ],
];

describe('names of states the article names, written another way', () => {
  it.each(ROWS)('%s: %s', (_rule, text, expected) => expect(find(text)).toEqual(expected));
});
