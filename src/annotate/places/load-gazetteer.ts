import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGazetteer, formatGazetteer } from './compile-gazetteer.js';

/** data/gazetteer.tsv at the package root (from src/ or dist/). */
export const GAZETTEER_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/gazetteer.tsv',
);

/** The compiled gazetteer in columns; `byKey` maps a name's key to its rows. */
export interface Gazetteer {
  byKey: Map<string, number[]>;
  name: string[];
  region: Uint8Array;
  country: string[];
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  capital: Uint8Array;
  /** A region's short name ("Kursk" for "Kursk Oblast"). */
  short: Uint8Array;
  /** The most tokens any key has. */
  maxTokens: number;
}

/** Parses gazetteer TSV (see {@link formatGazetteer}). */
export function parseGazetteer(tsv: string): Gazetteer {
  const lines = tsv.split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
  const n = lines.length;
  const g: Gazetteer = {
    byKey: new Map(),
    name: new Array<string>(n),
    region: new Uint8Array(n),
    country: new Array<string>(n),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    population: new Float64Array(n),
    capital: new Uint8Array(n),
    short: new Uint8Array(n),
    maxTokens: 1,
  };
  for (let i = 0; i < n; i++) {
    const f = (lines[i] ?? '').split('\t');
    if (f.length < 8)
      throw new Error(
        `gazetteer line ${i + 2} has ${f.length} columns, expected 8: rebuild it with \`npm run build\``,
      );
    const key = f[0] ?? '';
    const list = g.byKey.get(key);
    if (list) list.push(i);
    else {
      g.byKey.set(key, [i]);
      let tokens = 1;
      for (let c = 0; c < key.length; c++) if (key.charCodeAt(c) === 32) tokens++;
      if (tokens > g.maxTokens) g.maxTokens = tokens;
    }
    g.name[i] = f[1] ?? '';
    g.region[i] = f[2] === 'r' ? 1 : 0;
    g.country[i] = f[3] ?? '';
    g.lat[i] = Number(f[4]);
    g.lon[i] = Number(f[5]);
    g.population[i] = Number(f[6]);
    const flags = f[7] ?? '';
    g.capital[i] = flags.includes('C') ? 1 : 0;
    g.short[i] = flags.includes('S') ? 1 : 0;
  }
  return g;
}

let cached: Gazetteer | undefined;

/**
 * Loads the gazetteer compiled at build time; compiles it in memory (slower) when data/ is
 * missing, as in a source checkout that was never built.
 *
 * @example
 * loadGazetteer().byKey.get('kursk');
 */
export function loadGazetteer(file = GAZETTEER_FILE): Gazetteer {
  if (cached && file === GAZETTEER_FILE) return cached;
  const tsv = existsSync(file) ? readFileSync(file, 'utf8') : formatGazetteer(compileGazetteer());
  const g = parseGazetteer(tsv);
  if (file === GAZETTEER_FILE) cached = g;
  return g;
}
