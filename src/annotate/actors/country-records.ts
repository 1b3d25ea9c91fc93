import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

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

// Latin-script forms only; two-letter codes ("IN", "TO") are words, not names.
function usable(name: string): boolean {
  return (
    /^[\p{Script=Latin}\p{N} .'’()-]+$/u.test(name) &&
    !/^[A-Z]{2}$/.test(name) &&
    !name.includes(',')
  );
}

function plural(demonym: string): string | null {
  if (/(?:ese|ch|sh|ss|s|x|z)$/.test(demonym)) return null;
  return `${demonym}s`;
}

let cache: CountryRecord[] | undefined;

/** Every state with its names, demonyms (with plurals), capitals and centroid. */
export function readCountryRecords(): CountryRecord[] {
  if (cache) return cache;
  const countries = require('world-countries/countries.json') as Country[];
  const records = countries.map((c): CountryRecord => {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings].filter(usable));
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d || !usable(d)) continue;
      demonyms.add(d);
      const p = plural(d);
      if (p) demonyms.add(p);
    }
    const [lat, lon] = c.latlng;
    return {
      code: c.cca3,
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
  cache = records;
  return records;
}
