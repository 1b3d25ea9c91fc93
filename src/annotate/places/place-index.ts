import type { CountryRecord } from '../actors/country-records.js';
import { readCountryRecords } from '../actors/country-records.js';
import { loadActorDictionaries } from '../actors/actor-dictionaries.js';
import { PhraseTrie } from '../mention-utils.js';
import { loadGazetteer, type Gazetteer } from './load-gazetteer.js';
import { loadFeatures, type Feature } from './place-dictionaries.js';
import type { PlaceOption } from './place-option.js';

/** Everything the place rules look names up in. */
export interface PlaceIndex {
  /** Features and states' names: few, matched by phrase. */
  trie: PhraseTrie<PlaceOption>;
  gazetteer: Gazetteer;
  /** Each state as a place, by its code. */
  states: Map<string, PlaceOption>;
}

function featureOption(f: Feature): PlaceOption {
  return {
    name: f.name,
    country: f.country,
    lat: f.lat,
    lon: f.lon,
    precision: f.precision,
    population: 0,
    capital: false,
    short: false,
    source: 'feature',
    entry: `features:${f.id}`,
  };
}

function countryOption(r: CountryRecord): PlaceOption {
  return {
    name: r.name,
    country: r.code,
    lat: r.lat,
    lon: r.lon,
    precision: 'country',
    population: 0,
    capital: false,
    short: false,
    source: 'country',
    entry: `countries:${r.code}`,
  };
}

/** Builds the index from features, states (package names and Sitrep's short forms) and a gazetteer. */
export function buildPlaceIndex(
  features: Feature[],
  records: CountryRecord[],
  extraNames: { code: string; names: string[] }[],
  gazetteer: Gazetteer,
): PlaceIndex {
  const trie = new PhraseTrie<PlaceOption>();
  const byCode = new Map(records.map((r) => [r.code, r]));
  for (const r of records) for (const n of r.names) trie.add(n, countryOption(r));
  for (const e of extraNames) {
    const r = byCode.get(e.code);
    if (r) for (const n of e.names) trie.add(n, countryOption(r));
  }
  for (const f of features) for (const n of f.names) trie.add(n, featureOption(f));
  const states = new Map(records.map((r) => [r.code, countryOption(r)]));
  return { trie, gazetteer, states };
}

let cached: PlaceIndex | undefined;

/** The index over the real dictionaries and the built gazetteer, once per process. */
export function loadPlaceIndex(): PlaceIndex {
  if (cached) return cached;
  const forms = loadActorDictionaries().countryForms.filter((f) => f.kind === 'name');
  cached = buildPlaceIndex(loadFeatures(), readCountryRecords(), forms, loadGazetteer());
  return cached;
}
