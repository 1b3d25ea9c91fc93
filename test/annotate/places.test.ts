import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/annotate/actors/actor-index.js';
import { findActorMentions } from '../../src/annotate/actors/find-actor-mentions.js';
import { nameKey, toColumns } from '../../src/annotate/places/compile-gazetteer.js';
import { findPlaceMentions } from '../../src/annotate/places/find-place-mentions.js';
import { decodeGazetteer, encodeGazetteer } from '../../src/annotate/places/gazetteer-file.js';
import { nameAt, rowsOf, unpackGazetteer } from '../../src/annotate/places/load-gazetteer.js';
import type { Feature } from '../../src/annotate/places/place-dictionaries.js';
import { buildPlaceIndex } from '../../src/annotate/places/place-index.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { INVENTED_ACTORS, INVENTED_STATES, inventedArticle } from './support/invented-actors.js';

// [name, precision c/r, country, lat, lon, population, flags, key name if not the name]
const TOWNS: [string, string, string, number, number, number, string, string?][] = [
  ['Fredville', 'c', 'FRD', 10.1, 20.1, 900_000, 'C'],
  ['Fredville', 'c', 'SYL', 12.3, 22.3, 60_000, ''],
  ['Sylvan City', 'c', 'SYL', 12.1, 22.1, 2_000_000, 'C'],
  ['Oakridge', 'c', 'SYL', 12.5, 22.5, 40_000, ''],
  ['Oakridge', 'c', 'FRD', 10.5, 20.5, 30_000, ''],
  ['Millbrook', 'c', 'FRD', 10.7, 20.7, 5_000, ''],
  ['Northmark Province', 'r', 'SYL', 13, 23, 0, ''],
  ['Northmark Province', 'r', 'SYL', 13, 23, 0, 'S', 'Northmark'],
  ['Grand Metropolis', 'c', 'MRS', 40, 40, 3_000_000, ''],
  ['Smith', 'c', 'MRS', 41, 41, 2_000, ''],
  ['Hill and Dale', 'r', 'FRD', 11, 21, 0, ''],
];
const columns = toColumns(
  TOWNS.map(([name, p, country, lat, lon, population, flags, keyName]) => ({
    key: nameKey(keyName ?? name),
    name,
    precision: p === 'r' ? 'region' : 'city',
    country,
    lat,
    lon,
    population,
    flags,
  })),
);
const FEATURES: Feature[] = [
  {
    id: 'red-bay',
    names: ['Red Bay', 'Scarlet Bay'],
    name: 'Red Bay',
    precision: 'water',
    country: null,
    lat: 11,
    lon: 21,
  },
  {
    id: 'blue-shoal',
    names: ['Blue Shoal'],
    name: 'Blue Shoal',
    precision: 'site',
    country: 'FRD',
    lat: 9,
    lon: 19,
  },
];
const places = buildPlaceIndex(
  FEATURES,
  INVENTED_STATES,
  [{ code: 'FRD', names: ['FR'] }],
  unpackGazetteer(columns),
);
const actorIndex = buildActorIndex(INVENTED_ACTORS, INVENTED_STATES);

function find(text: string): string[] {
  const article = inventedArticle(text);
  const sentences = splitSentences(article);
  const actors = findActorMentions(article, sentences, actorIndex);
  return findPlaceMentions(article, sentences, actors, places).map(
    (m) => `${m.text}|${m.place.country ?? '-'}|${m.place.precision}|${m.ruleId}|${m.place.name}`,
  );
}

// [rule, input, expected "text|country|precision|rule|name" list]
const ROWS: [string, string, string[]][] = [
  ['feature', 'Ships met in Red Bay.', ['Red Bay|-|water|place/feature|Red Bay']],
  ['feature (other name)', 'Scarlet Bay was calm.', ['Scarlet Bay|-|water|place/feature|Red Bay']],
  [
    'the place beside a hyphenated compound',
    'Ships met in Red Bay, far from the Indo-Scarlet Bay order.',
    ['Red Bay|-|water|place/feature|Red Bay'],
  ],
  [
    'feature (site)',
    'A boat ran aground at Blue Shoal.',
    ['Blue Shoal|FRD|site|place/feature|Blue Shoal'],
  ],
  [
    'country after a preposition',
    'Troops moved into Sylvania.',
    ['Sylvania|SYL|country|place/country|Sylvania'],
  ],
  [
    'capital after a preposition',
    'Talks were held in Fredville.',
    ['Fredville|FRD|city|place/city|Fredville'],
  ],
  [
    'a capital’s namesake town in the state named beside it',
    'Militias clashed in Fredville, the northern Sylvanian port.',
    ['Fredville|SYL|city|place/city|Fredville'],
  ],
  [
    'a capital’s namesake town in the state the sentence names before a town noun',
    'Militias clashed in Fredville as shells hit the Sylvanian port.',
    ['Fredville|SYL|city|place/city|Fredville'],
  ],
  [
    'negative: a state named in the sentence but not as the town’s leaves the capital',
    'Sylvanian envoys flew to Fredville for talks.',
    ['Fredville|FRD|city|place/city|Fredville'],
  ],
  [
    'negative: a person after the comma is no state of the town',
    'At a briefing in Fredville, Teasdale spoke.',
    ['Fredville|FRD|city|place/city|Fredville'],
  ],
  [
    'big city anywhere',
    'Grand Metropolis hosted talks, officials said.',
    ['Grand Metropolis|MRS|city|place/city|Grand Metropolis'],
  ],
  [
    'town in a named state',
    'Freedonia said Millbrook was hit.',
    ['Millbrook|FRD|city|place/city|Millbrook'],
  ],
  [
    'town after a preposition',
    'A blast hit near Millbrook.',
    ['Millbrook|FRD|city|place/city|Millbrook'],
  ],
  [
    'ambiguous town, read by the article state',
    'Sylvania said Oakridge was calm.',
    ['Oakridge|SYL|city|place/city|Oakridge'],
  ],
  [
    'ambiguous town, the other state',
    'Freedonia said Oakridge was calm.',
    ['Oakridge|FRD|city|place/city|Oakridge'],
  ],
  [
    'region word',
    'Shelling hit the Northmark region.',
    ['Northmark region|SYL|region|place/region-word|Northmark Province'],
  ],
  [
    'a region with its capitalised title "State"',
    'Gunmen raided villages in Northmark State on Monday.',
    ['Northmark State|SYL|region|place/region-word|Northmark Province'],
  ],
  [
    'region word after a city',
    'Fighting spread to the Fredville oblast.',
    ['Fredville oblast|FRD|region|place/region-word|Fredville'],
  ],
  [
    'region with a connector',
    'Freedonia said floods hit Hill and Dale in spring.',
    ['Hill and Dale|FRD|region|place/region|Hill and Dale'],
  ],
  [
    'a site the gazetteer cannot know, named by its head word',
    'Troops shelled the Ta Lor temple on Monday.',
    ['Ta Lor temple|-|site|place/named-site|Ta Lor temple'],
  ],
  [
    'a site with modifiers between its name and its head',
    'Guards closed the Chong Lek border crossing.',
    ['Chong Lek border crossing|-|site|place/named-site|Chong Lek border crossing'],
  ],
  [
    'a site named by a prefix',
    'Monks fled from Wat Sri Lanna.',
    ['Wat Sri Lanna|-|site|place/named-site|Wat Sri Lanna'],
  ],
  [
    'a site whose name holds a town: in its state and at its point, the town no place of its own',
    'Jets from the north struck the Grand Metropolis airport early this morning.',
    ['Grand Metropolis airport|MRS|site|place/named-site|Grand Metropolis airport'],
  ],
  [
    'negative: a small town read inside a site’s name gives it no state (not a place there)',
    'Jets from the north struck the Millbrook Air Base early this morning.',
    ['Millbrook Air Base|-|site|place/named-site|Millbrook Air Base'],
  ],
  [
    'negative: a place of the lists that covers the whole name stays itself',
    'Ships met at Blue Shoal.',
    ['Blue Shoal|FRD|site|place/feature|Blue Shoal'],
  ],
  [
    'a kind of place before "of" and a name: the name is a place',
    'Rebels entered the village of Kessel Rock on Monday.',
    ['Kessel Rock|-|site|place/named-site|Kessel Rock'],
  ],
];

// Inputs that must name no place.
const NONE: [string, string][] = [
  ['capital as a government', 'Fredville said it would respond.'],
  ['country as an actor', 'Sylvania denied the claims.'],
  ['country as a speaker origin', 'Officials from Sylvania spoke.'],
  ['country as a modifier', 'Voters in the FR election queued.'],
  ['small town with no anchor', 'A report named Millbrook as a factor.'],
  ['part of a person name', 'Their envoy Jane Smith spoke.'],
  ['lower case', 'the oakridge report.'],
  ['sentence start, no anchor', 'Oakridge officials wrote.'],
  ['tail of a hyphenated compound', 'The pact threatens the Indo-Red Bay order.'],
  ['a site word with no name before it', 'Troops shelled the old temple.'],
  ['a site word after a state alone', 'Jets struck a Freedonian air base.'],
  ['a site word in a title-case headline', 'Troops Shell Ancient Temple After Talks Fail'],
  ['a site prefix with no name after it', 'Camp officials wrote to the ministry.'],
  ['a kind of place with no name after "of"', 'Rebels entered the town of their birth.'],
];

describe('place rules (invented gazetteer)', () => {
  it.each([
    ['a body named after the region', 'Students at Northmark State College marched.'],
    ['a city is no federal state', 'Reporters in Fredville State media wrote.'],
  ])('negative: "State" is no region title: %s', (_why, text) => {
    expect(find(text).join()).not.toMatch(/region-word/);
  });
  it.each(ROWS)('%s: %s', (_rule, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
  it.each(NONE)('%s: %s', (_rule, text) => {
    expect(find(text)).toEqual([]);
  });

  it('rejects a gazetteer with a short column, saying how to fix it', () => {
    expect(() => unpackGazetteer({ ...columns, names: 'Kursk' })).toThrow(/"names".*npm run build/);
  });

  it('reads back from its file exactly the columns it wrote', () => {
    const read = decodeGazetteer(encodeGazetteer(columns));
    expect(read).toEqual(columns);
    const g = unpackGazetteer(read);
    const oakridges = rowsOf(g, 'oakridge').map((r) => [nameAt(g, r), g.lat[r], g.population[r]]);
    expect(oakridges.sort()).toEqual([
      ['Oakridge', 10.5, 30_000],
      ['Oakridge', 12.5, 40_000],
    ]);
  });

  it('rejects a cut-short gazetteer file', () => {
    const bytes = encodeGazetteer(columns);
    expect(() => decodeGazetteer(bytes.subarray(0, bytes.byteLength - 8))).toThrow(
      /"population" is missing or runs past the end/,
    );
    expect(() => decodeGazetteer(bytes.subarray(0, 2))).toThrow(/too short/);
  });

  it('keys names without accents or case', () => {
    expect(nameKey('Muzaffarābād')).toBe('muzaffarabad');
    expect(nameKey('Rostov-on-Don')).toBe('rostov - on - don');
  });
});
