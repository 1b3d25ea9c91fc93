import type { ActorDictionaries } from '../../../src/annotate/actors/actor-dictionaries.js';
import type { CountryRecord } from '../../../src/annotate/actors/country-records.js';
import type { Article } from '../../../src/model/index.js';

/** Invented states, standing where the world-countries package would. */
export const INVENTED_STATES: CountryRecord[] = [
  {
    code: 'FRD',
    name: 'Freedonia',
    names: ['Freedonia', 'Republic of Freedonia', 'FRD'],
    demonyms: ['Freedonian', 'Freedonians'],
    capitals: ['Fredville'],
    lat: 10,
    lon: 20,
    independent: true,
    area: 1000,
  },
  {
    code: 'SYL',
    name: 'Sylvania',
    names: ['Sylvania', 'North Sylvania'],
    demonyms: ['Sylvanian', 'Sylvanians'],
    capitals: ['Sylvan City'],
    lat: 12,
    lon: 22,
    independent: true,
    area: 500,
  },
  {
    code: 'SYX',
    name: 'Sylvan Isles',
    names: ['Sylvan Isles'],
    demonyms: ['Sylvanian'],
    capitals: ['Port Sylvan'],
    lat: 1,
    lon: 2,
    independent: false,
    area: 5000,
  },
];

/** An invented actor dictionary for rule tests. */
export const INVENTED_ACTORS: ActorDictionaries = {
  sectors: ['GOV', 'MIL', 'LEG', 'MED', 'SPY'].map((code) => ({
    code,
    name: code,
    description: code,
  })),
  organisations: [{ code: 'UNO', name: 'United Nations' }],
  countryForms: [
    { id: 'frd-short', code: 'FRD', kind: 'name', names: ['FR'] },
    { id: 'syl-capital', code: 'SYL', kind: 'capital', names: ['Sylvan'] },
  ],
  nonActors: [{ id: 'war', names: ['Freedonian War', 'Sylvania Sea'] }],
  ambiguousNames: [{ id: 'sylvania', name: 'Sylvania', code: 'SYL', otherCode: 'FRD' }],
  bodyDescriptions: [{ id: 'bloc', nouns: ['bloc'], codes: ['IGO'] }],
  institutions: [
    {
      id: 'grand-council',
      names: ['Grand Council'],
      name: 'Grand Council',
      code: 'SYL',
      sector: 'LEG',
    },
    { id: 'palace', names: ['the Palace', 'Palace'], name: 'Palace', code: 'FRD', sector: 'GOV' },
    { id: 'fnn', names: ['FNN'], name: 'Freedonia News Network', code: 'FRD', sector: 'MED' },
    {
      id: 'assembly',
      names: ['World Assembly'],
      name: 'World Assembly',
      code: 'UNO',
      sector: 'GOV',
      qualifiable: false,
    },
    {
      id: 'security-board',
      names: ['Security Board'],
      name: 'Security Board',
      code: 'UNO',
      sector: 'GOV',
      qualifiable: true,
    },
  ],
  sectorNouns: [
    { id: 'troops', names: ['troops', 'soldiers', 'coast guard'], sector: 'MIL' },
    {
      id: 'officials',
      names: ['officials', 'foreign ministry', 'Foreign Ministry'],
      sector: 'GOV',
    },
    { id: 'military', names: ['military'], sector: 'MIL', adjective: true },
  ],
  roles: [
    { id: 'president', names: ['president', 'President'], sector: 'GOV' },
    { id: 'foreign-minister', names: ['foreign minister', 'Foreign Minister'], sector: 'GOV' },
    { id: 'leader', names: ['leader'], sector: 'GOV', leader: true },
    { id: 'chancellor', names: ['Grand Chancellor'], sector: 'GOV', defaultCode: 'SYL' },
    { id: 'spokesperson', names: ['spokesperson', 'spokesman'], sector: 'GOV' },
  ],
  officeHolders: [
    {
      id: 'firefly',
      names: ['Rufus T. Firefly', 'Firefly'],
      code: 'FRD',
      sector: 'GOV',
      role: 'president',
      leader: true,
      from: '2020-01-01',
      to: '2024-12-31',
    },
    {
      id: 'teasdale',
      names: ['Gloria Teasdale'],
      surnames: ['Teasdale'],
      code: 'FRD',
      sector: 'GOV',
      role: 'president',
      leader: true,
      from: '2025-01-01',
      to: null,
    },
    {
      id: 'trentino',
      names: ['Ambrose Trentino'],
      surnames: ['Trentino'],
      code: 'SYL',
      sector: 'GOV',
      role: 'chancellor',
      from: '2019-01-01',
      to: null,
    },
    {
      id: 'chicolini',
      names: ['Chico Chicolini'],
      surnames: ['Chicolini'],
      code: 'SYL',
      sector: 'GOV',
      role: 'foreign-minister',
      from: '2019-01-01',
      to: null,
    },
  ],
};

/** A one-paragraph article. */
export function inventedArticle(text: string, published: string | null = '2024-11-06'): Article {
  return {
    id: 't',
    source: 'test',
    url: null,
    canonicalUrl: null,
    title: null,
    published,
    publishedSource: published ? 'supplied' : null,
    section: [],
    byline: null,
    siteName: null,
    lang: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
  };
}
