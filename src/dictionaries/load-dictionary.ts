import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The folder of dictionary files: `dictionaries/` at the package root (from src/ or dist/). */
export const DICTIONARY_ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../dictionaries',
);

/** Every dictionary file starts with this header. */
export const DictionaryHeader = z.object({
  description: z.string().min(1),
  source: z.string().min(1),
  license: z.string().min(1),
});
export type DictionaryHeader = z.infer<typeof DictionaryHeader>;

const ManifestEntry = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  class: z.string(),
  /** Generated files (class "vendor"): where they come from, the upstream commit, the licence. */
  source: z.string().optional(),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .optional(),
  license: z.string().optional(),
});
const Manifest = z.object({ dictionaries: z.array(ManifestEntry) });
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** A dictionary file that is missing, malformed, or repeats a key. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`dictionary ${file}: ${message}`);
    this.name = 'DictionaryError';
  }
}

export interface Dictionary<T> {
  name: string;
  file: string;
  header: DictionaryHeader;
  entries: T[];
}

let manifestCache: ManifestEntry[] | undefined;
const cache = new Map<string, Dictionary<unknown>>();

/** The manifest's list of dictionaries (dictionaries/manifest.json). */
export function readManifest(root = DICTIONARY_ROOT): ManifestEntry[] {
  if (root === DICTIONARY_ROOT && manifestCache) return manifestCache;
  const file = join(root, 'manifest.json');
  const parsed = Manifest.safeParse(readJson(file));
  if (!parsed.success) throw new DictionaryError(file, z.prettifyError(parsed.error));
  const names = new Set<string>();
  for (const d of parsed.data.dictionaries) {
    if (names.has(d.name)) throw new DictionaryError(file, `"${d.name}" is listed twice`);
    names.add(d.name);
  }
  if (root === DICTIONARY_ROOT) manifestCache = parsed.data.dictionaries;
  return parsed.data.dictionaries;
}

/**
 * Loads a dictionary named in the manifest, validating every entry with `schema` and checking
 * that no key (given by `keyOf`) repeats. Loaded once per process.
 *
 * @example
 * const triggers = loadDictionary('triggers', TriggerEntry, (e) => e.id);
 */
export function loadDictionary<T>(
  name: string,
  schema: z.ZodType<T>,
  keyOf: (entry: T) => string,
  root = DICTIONARY_ROOT,
): Dictionary<T> {
  const cacheKey = `${root}\u0000${name}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit as Dictionary<T>;
  const entry = readManifest(root).find((d) => d.name === name);
  if (!entry)
    throw new DictionaryError(join(root, 'manifest.json'), `no dictionary named "${name}"`);
  const file = join(root, entry.file);
  const json = readJson(file) as { header?: unknown; entries?: unknown };
  const header = DictionaryHeader.safeParse(json.header);
  if (!header.success) throw new DictionaryError(file, `header: ${z.prettifyError(header.error)}`);
  if (!Array.isArray(json.entries)) throw new DictionaryError(file, 'has no "entries" array');
  const entries: T[] = [];
  const keys = new Set<string>();
  json.entries.forEach((row: unknown, i: number) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success)
      throw new DictionaryError(file, `entry ${i}: ${z.prettifyError(parsed.error)}`);
    const key = keyOf(parsed.data);
    if (keys.has(key)) throw new DictionaryError(file, `entry ${i}: key "${key}" repeats`);
    keys.add(key);
    entries.push(parsed.data);
  });
  const dictionary: Dictionary<T> = { name, file, header: header.data, entries };
  cache.set(cacheKey, dictionary);
  return dictionary;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DictionaryError(file, 'cannot be read: is the package complete?');
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DictionaryError(file, `is not valid JSON (${(err as Error).message})`);
  }
}

/**
 * The entry lines of a generated dictionary (one JSON entry per line, as `npm run dictionaries`
 * writes them), unparsed: large vendor files are filtered by their text before any line is
 * parsed, so loading costs only what is kept.
 */
export function readEntryLines(name: string, root = DICTIONARY_ROOT): string[] {
  const entry = readManifest(root).find((d) => d.name === name);
  if (!entry)
    throw new DictionaryError(join(root, 'manifest.json'), `no dictionary named "${name}"`);
  const file = join(root, entry.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DictionaryError(file, 'cannot be read: is the package complete?');
  }
  return text
    .split('\n')
    .filter((line) => line.startsWith('{"'))
    .map((line) => (line.endsWith(',') ? line.slice(0, -1) : line));
}

/**
 * Parses one entry line of {@link readEntryLines}. Generated files are checked against their
 * schema by the tests that regenerate them, not on every load: validating thousands of rows
 * would cost the single-article CLI more than reading them.
 */
export function parseEntryLine<T>(name: string, line: string): T {
  try {
    return JSON.parse(line) as T;
  } catch (err) {
    throw new DictionaryError(name, `has a malformed entry (${(err as Error).message})`);
  }
}
