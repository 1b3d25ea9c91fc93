import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileGazetteer, toColumns } from './compile-gazetteer.js';
import { encodeGazetteer } from './gazetteer-file.js';
import { GAZETTEER_FILE } from './load-gazetteer.js';

/**
 * Writes data/gazetteer.bin; `npm run build` runs it after compiling.
 *
 * @example
 * // node dist/annotate/places/build-gazetteer.js
 * buildGazetteer(); // { rows: 250000, file: '.../data/gazetteer.bin' }
 */
export function buildGazetteer(file = GAZETTEER_FILE): { rows: number; file: string } {
  const rows = compileGazetteer();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, encodeGazetteer(toColumns(rows)));
  return { rows: rows.length, file };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const { rows, file } = buildGazetteer();
  process.stdout.write(`gazetteer: ${rows} rows -> ${file} in ${Date.now() - started} ms\n`);
}
