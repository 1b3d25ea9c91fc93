import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { ploverStateCode } from '../../model/state-codes.js';

// The package is CommonJS JSON; require reads it as the array it is.
const require = createRequire(import.meta.url);

/** A state as the `world-countries` package gives it. */
export interface CountryRecord {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  lat: number | null;
  lon: number | null;
  independent: boolean;
  area: number;
}

/**
 * data/country-records.json at the package root (from src/ or dist/): the records compiled at
 * build time. The package's 1.4 MB of JSON (translations, borders, flags) costs a cold start
 * some 16 ms to parse and stays in memory; the records Sitrep reads are a fiftieth of it.
 */
export const COUNTRY_RECORDS_FILE = fileURLToPath(
  new URL('../../../data/country-records.json', import.meta.url),
);

// Latin-script forms only; two-letter codes ("IN", "TO") are words, not names.
function usable(name: string): boolean {
  return (
    /^[\p{Script=Latin}\p{N} .'’()-]+$/u.test(name) &&
    !/^[A-Z]{2}$/.test(name) &&
    !name.includes(',')
  );
}

/**
 * The demonyms in one of the package's demonym strings: a state of two parts lists both
 * ("Bosnian, Herzegovinian"; "Kittitian or Nevisian").
 */
export function splitDemonyms(field: string | undefined): string[] {
  return (field ?? '').split(/,\s*|\s+or\s+/).filter((d) => d !== '');
}

function plural(demonym: string): string | null {
  if (/(?:ese|ch|sh|ss|s|x|z)$/.test(demonym)) return null;
  return `${demonym}s`;
}

/** Every state of the `world-countries` package with its usable names: the slow path. */
export function compileCountryRecords(): CountryRecord[] {
  const countries = require('world-countries/countries.json') as Country[];
  return countries.map((c): CountryRecord => {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings].filter(usable));
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap(splitDemonyms)) {
      if (!usable(d)) continue;
      demonyms.add(d);
      const p = plural(d);
      if (p) demonyms.add(p);
    }
    const [lat, lon] = c.latlng;
    return {
      code: ploverStateCode(c.cca3),
      name: c.name.common,
      names: [...names],
      demonyms: [...demonyms],
      capitals: c.capital.filter(usable),
      lat: typeof lat === 'number' ? lat : null,
      lon: typeof lon === 'number' ? lon : null,
      independent: c.independent === true,
      area: c.area,
    };
  });
}

let cache: CountryRecord[] | undefined;

/**
 * Every state with its names, demonyms (with plurals), capitals and centroid: from
 * data/country-records.json when built, else compiled from the package.
 */
export function readCountryRecords(file = COUNTRY_RECORDS_FILE): CountryRecord[] {
  if (cache && file === COUNTRY_RECORDS_FILE) return cache;
  let records: CountryRecord[];
  if (existsSync(file)) {
    try {
      records = JSON.parse(readFileSync(file, 'utf8')) as CountryRecord[];
    } catch (err) {
      throw new Error(
        `country records ${file} cannot be read (${(err as Error).message}): rebuild them with \`npm run build\``,
      );
    }
  } else records = compileCountryRecords();
  if (file === COUNTRY_RECORDS_FILE) cache = records;
  return records;
}
