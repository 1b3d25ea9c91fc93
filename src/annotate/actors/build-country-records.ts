import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileCountryRecords, COUNTRY_RECORDS_FILE } from './country-records.js';

/**
 * Writes data/country-records.json from the `world-countries` package; `npm run build` runs it.
 *
 * @example
 * // node dist/annotate/actors/build-country-records.js
 * buildCountryRecords(); // { states: 250, file: '.../data/country-records.json' }
 */
export function buildCountryRecords(file = COUNTRY_RECORDS_FILE): { states: number; file: string } {
  const records = compileCountryRecords();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(records));
  return { states: records.length, file };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { states, file } = buildCountryRecords();
  process.stdout.write(`country records: ${states} states -> ${file}\n`);
}
