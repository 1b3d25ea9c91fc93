import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeEldNgrams } from './eld-ngrams-file.js';

/** eld's n-gram database: the shape of its `ngrams/*.js` modules' `ngramsData`. */
export interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/**
 * data/eld-small.bin at the package root (from src/ or dist/): eld's 'small' database, written
 * at build time (see eld-ngrams-file.ts). eld ships it only as a 1.6 MB object literal, which
 * costs a cold start 0.2 s and 100 MB of peak memory to parse.
 */
export const ELD_NGRAMS_FILE = fileURLToPath(
  new URL('../../../data/eld-small.bin', import.meta.url),
);

/** eld's own source folder, past its exports map (eld is pinned to an exact version). */
export const ELD_SOURCE = new URL('../', import.meta.resolve('eld'));

/** eld's 'small' database as shipped: the slow path, for the build and unbuilt checkouts. */
export async function importEldNgrams(): Promise<NgramsData> {
  const url = new URL('ngrams/small.js', ELD_SOURCE).href;
  return ((await import(url)) as { ngramsData: NgramsData }).ngramsData;
}

/** The database from data/ when built, else as shipped. */
export async function loadEldNgrams(file = ELD_NGRAMS_FILE): Promise<NgramsData> {
  if (!existsSync(file)) return importEldNgrams();
  try {
    return decodeEldNgrams(readFileSync(file));
  } catch (err) {
    throw new Error(
      `language database ${file} cannot be read (${(err as Error).message}): rebuild it with \`npm run build\``,
    );
  }
}
