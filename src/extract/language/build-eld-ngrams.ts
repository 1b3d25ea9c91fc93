import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeEldNgrams } from './eld-ngrams-file.js';
import { ELD_NGRAMS_FILE, importEldNgrams } from './eld-ngrams.js';

/**
 * Writes data/eld-small.bin from eld's shipped database; `npm run build` runs it.
 *
 * @example
 * // node dist/extract/language/build-eld-ngrams.js
 * await buildEldNgrams(); // { ngrams: 81206, file: '.../data/eld-small.bin' }
 */
export async function buildEldNgrams(
  file = ELD_NGRAMS_FILE,
): Promise<{ ngrams: number; file: string }> {
  const data = await importEldNgrams();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, encodeEldNgrams(data));
  return { ngrams: Object.keys(data.ngrams).length, file };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ngrams, file } = await buildEldNgrams();
  process.stdout.write(`language detector: ${ngrams} n-grams -> ${file}\n`);
}
