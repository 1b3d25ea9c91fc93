import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import {
  nameKey,
  vendorNamesOf,
  type VendorActor,
} from '../../src/annotate/actors/vendor-actors.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

// Invented people of the field's dictionaries: their listed names are longer than the news
// writes them, or spelt otherwise.
const person = (id: string, code: string, sector: string): VendorActor => ({
  id,
  name: id,
  fallback: { code, sector, from: null, to: null },
  roles: [],
});
const PEOPLE: [string, VendorActor][] = [
  ['Chico Ravelli Marx', person('chico ravelli marx', 'FRD', 'GOV')],
  ['Otis B. Driftwood', person('otis b driftwood', 'SYL', 'GOV')],
  ['Harpo Lanzo', person('harpo lanzo', 'SYL', 'ELI')],
  ['Hugo Hackenbush', person('hugo hackenbush', 'FRD', 'GOV')],
  ['Wolf Hackenbush', person('wolf hackenbush', 'SYL', 'GOV')],
];
const vendor = new Map(PEOPLE.map(([name, actor]) => [nameKey(name), actor]));
const index = {
  ...buildActorIndex(INVENTED_ACTORS, INVENTED_STATES),
  vendorActors: () => vendorNamesOf(vendor, [...vendor.keys()]),
};

function find(text: string): string[] {
  const article = inventedArticle(text, '2024-11-06');
  return findActorMentions(article, splitSentences(article), index)
    .filter((m) => m.ruleId === 'actor/vendor-surname')
    .map((m) => `${m.text}|${m.actor.code}|${m.actor.sector ?? '-'}`);
}

describe('a listed person by title and surname, the person’s state named', () => {
  it.each([
    [
      'a title and the surname alone',
      'Freedonia protested. President Marx said the talks would go on.',
      ['Marx|FRD|GOV'],
    ],
    [
      'a given name and the surname, the listed name with a middle name',
      'Freedonia protested. Former president Chico Marx said so.',
      ['Chico Marx|FRD|GOV'],
    ],
    [
      'a surname one letter off after a title',
      'Sylvania protested. Mr Driftwod said so.',
      ['Driftwod|SYL|GOV'],
    ],
    [
      'a short surname one letter off, after the given name the listed name opens with',
      'Sylvania protested. President Harpo Lanso said so.',
      ['Harpo Lanso|SYL|ELI'],
    ],
    [
      'a surname two people share, only one of a state the article names',
      'Sylvania protested. President Hackenbush said so.',
      ['Hackenbush|SYL|GOV'],
    ],
  ])('%s', (_why, text, expected) => expect(find(text)).toEqual(expected));

  it.each([
    ['the person’s state is not named', 'The talks went on. President Marx said so.'],
    ['no title before the surname', 'Freedonia protested. Marx said so.'],
    [
      'a given name the listed name does not open',
      'Freedonia protested. President Karl Marx said so.',
    ],
    [
      'a short surname one letter off with no given name',
      'Sylvania protested. President Lanso said so.',
    ],
    ['a word that extends the surname', 'Sylvania protested. Mr Driftwoods said so.'],
    [
      'a surname people of two named states share',
      'Freedonian and Sylvanian envoys protested. President Hackenbush said so.',
    ],
    [
      'more than two capitalised words after the title',
      'Freedonia protested. President Karl Heinz Marx said so.',
    ],
  ])('negative: %s', (_why, text) => expect(find(text)).toEqual([]));
});
