import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGazetteer, toColumns, type GazetteerColumns } from './compile-gazetteer.js';

/** data/gazetteer.json at the package root (from src/ or dist/). */
export const GAZETTEER_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/gazetteer.json',
);

/** The loaded gazetteer: rows sorted by key, looked up by binary search. */
export interface Gazetteer {
  size: number;
  maxTokens: number;
  names: string[];
  /** Empty where the key is the name in lower case. */
  keys: string[];
  precision: string;
  country: string;
  flags: string;
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
  /** Look-ups already made: news repeats its names, and a search costs some 17 comparisons. */
  memo: Map<string, number[]>;
  /** {@link startsAnyKey}'s answers already given, by word. */
  starts: Map<string, boolean>;
}

const MEMO_LIMIT = 50_000;

// Keys left empty on disk are filled in on first use, so a search lowers each name once.
function keyAt(g: Gazetteer, i: number): string {
  const k = g.keys[i];
  if (k) return k;
  const lower = (g.names[i] ?? '').toLowerCase();
  g.keys[i] = lower;
  return lower;
}

// The first row whose key is not below `key`.
function lowerBound(g: Gazetteer, key: string): number {
  let lo = 0;
  let hi = g.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(g, mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function remember(g: Gazetteer, key: string, rows: number[]): number[] {
  if (g.memo.size >= MEMO_LIMIT) g.memo.clear();
  g.memo.set(key, rows);
  return rows;
}

const NONE: number[] = [];

/** The rows whose key is `key`. */
export function rowsOf(g: Gazetteer, key: string): number[] {
  const hit = g.memo.get(key);
  if (hit) return hit;
  const out: number[] = [];
  for (let i = lowerBound(g, key); i < g.size && keyAt(g, i) === key; i++) out.push(i);
  return remember(g, key, out.length > 0 ? out : NONE);
}

/** Whether some key is `word` or starts with it and a space. */
export function startsAnyKey(g: Gazetteer, word: string): boolean {
  const hit = g.starts.get(word);
  if (hit !== undefined) return hit;
  const k = keyAt(g, lowerBound(g, word));
  const starts = k === word || k.startsWith(`${word} `);
  if (g.starts.size >= MEMO_LIMIT) g.starts.clear();
  g.starts.set(word, starts);
  return starts;
}

/** A row's country code. */
export function countryAt(g: Gazetteer, i: number): string {
  return g.country.slice(i * 3, i * 3 + 3);
}

function decode<T extends Float32Array | Uint32Array>(
  b64: string,
  n: number,
  make: (buffer: ArrayBuffer, offset: number, length: number) => T,
): T {
  const bytes = Buffer.from(b64, 'base64');
  // copy into an aligned buffer: a Buffer's offset need not be a multiple of 4
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  return make(aligned.buffer, 0, n);
}

/** Unpacks stored columns; throws naming the fix when a column is missing or short. */
export function unpackGazetteer(c: GazetteerColumns): Gazetteer {
  const n = c.rows;
  const fail = (what: string): never => {
    throw new Error(
      `gazetteer ${what} does not match its ${n} rows: rebuild it with \`npm run build\``,
    );
  };
  if (!Number.isInteger(n) || n < 0) fail('row count');
  const names = typeof c.names === 'string' ? c.names.split('\n') : [];
  const keys = typeof c.keys === 'string' ? c.keys.split('\n') : [];
  if (names.length !== n) fail('"names"');
  if (keys.length !== n) fail('"keys"');
  if (c.precision?.length !== n) fail('"precision"');
  if (c.flags?.length !== n) fail('"flags"');
  if (c.country?.length !== n * 3) fail('"country"');
  const g: Gazetteer = {
    size: n,
    maxTokens: c.maxTokens,
    names,
    keys,
    precision: c.precision,
    country: c.country,
    flags: c.flags,
    lat: decode(c.lat ?? '', n, (b, o, l) => new Float32Array(b, o, l)),
    lon: decode(c.lon ?? '', n, (b, o, l) => new Float32Array(b, o, l)),
    population: decode(c.population ?? '', n, (b, o, l) => new Uint32Array(b, o, l)),
    memo: new Map(),
    starts: new Map(),
  };
  return g;
}

let cached: Gazetteer | undefined;

/**
 * Loads the gazetteer compiled at build time; compiles it in memory (slower) when data/ is
 * missing, as in a source checkout that was never built.
 *
 * @example
 * rowsOf(loadGazetteer(), 'kursk');
 */
export function loadGazetteer(file = GAZETTEER_FILE): Gazetteer {
  if (cached && file === GAZETTEER_FILE) return cached;
  let columns: GazetteerColumns;
  if (existsSync(file)) {
    try {
      columns = JSON.parse(readFileSync(file, 'utf8')) as GazetteerColumns;
    } catch (err) {
      throw new Error(
        `gazetteer ${file} is not valid JSON (${(err as Error).message}): rebuild it with \`npm run build\``,
      );
    }
  } else columns = toColumns(compileGazetteer());
  const g = unpackGazetteer(columns);
  if (file === GAZETTEER_FILE) cached = g;
  return g;
}
