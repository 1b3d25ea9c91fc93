import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGazetteer, toColumns, type GazetteerColumns } from './compile-gazetteer.js';
import { decodeGazetteer } from './gazetteer-file.js';

/** data/gazetteer.bin at the package root (from src/ or dist/); see gazetteer-file.ts. */
export const GAZETTEER_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/gazetteer.bin',
);

/** The loaded gazetteer: rows sorted by key, looked up by binary search. */
export interface Gazetteer {
  size: number;
  maxTokens: number;
  /** Every name, one a line: read with {@link nameAt}. */
  names: string;
  /** Where each row's name starts in `names`, and one past the last. */
  nameStarts: Uint32Array;
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
  const lower = nameAt(g, i).toLowerCase();
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

/** A row's name. */
export function nameAt(g: Gazetteer, i: number): string {
  return g.names.slice(g.nameStarts[i], (g.nameStarts[i + 1] ?? 0) - 1);
}

// Where each of the `count` lines of `text` starts, and one past the end (cheaper than splitting
// it into strings); null when it has another number of lines.
function lineStarts(text: string, count: number): Uint32Array | null {
  const starts = new Uint32Array(count + 1);
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (line >= count) return null;
    starts[line++] = at + 1;
  }
  if (line !== count) return null;
  starts[count] = text.length + 1;
  return starts;
}

/** A row's country code. */
export function countryAt(g: Gazetteer, i: number): string {
  return g.country.slice(i * 3, i * 3 + 3);
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
  const nameStarts = lineStarts(typeof c.names === 'string' ? c.names : '', n) ?? fail('"names"');
  const keys = typeof c.keys === 'string' ? c.keys.split('\n') : [];
  if (keys.length !== n) fail('"keys"');
  if (c.precision?.length !== n) fail('"precision"');
  if (c.flags?.length !== n) fail('"flags"');
  if (c.country?.length !== n * 3) fail('"country"');
  if (c.lat?.length !== n) fail('"lat"');
  if (c.lon?.length !== n) fail('"lon"');
  if (c.population?.length !== n) fail('"population"');
  const g: Gazetteer = {
    size: n,
    maxTokens: c.maxTokens,
    names: c.names,
    nameStarts,
    keys,
    precision: c.precision,
    country: c.country,
    flags: c.flags,
    lat: c.lat,
    lon: c.lon,
    population: c.population,
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
      columns = decodeGazetteer(readFileSync(file));
    } catch (err) {
      throw new Error(
        `gazetteer ${file} cannot be read (${(err as Error).message}): rebuild it with \`npm run build\``,
      );
    }
  } else columns = toColumns(compileGazetteer());
  const g = unpackGazetteer(columns);
  if (file === GAZETTEER_FILE) cached = g;
  return g;
}
