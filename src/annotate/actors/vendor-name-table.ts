import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DICTIONARY_ROOT,
  readEntryLines,
  readManifest,
} from '../../dictionaries/load-dictionary.js';
import { decodeSections, encodeSections } from '../../section-file.js';
import { keyOf, phraseTokens } from '../mention-utils.js';

/**
 * The vendor actor files whose names are looked up, in order: the first file naming a key wins.
 * People whose every role ended before 2010 come last: they still name their state in archives
 * and as "former" office holders.
 */
export const VENDOR_FILES: { name: string; people: boolean }[] = [
  { name: 'vendor-international', people: false },
  { name: 'vendor-armed-groups', people: false },
  { name: 'vendor-country-actors', people: true },
  { name: 'vendor-country-actors-before-2010', people: true },
];

/** Every usable name key of the vendor files, and the entry line (file, line) it names. */
export interface VendorNameTable {
  keys: string[];
  /** Per key: its file's index in {@link VENDOR_FILES}. */
  files: Uint8Array;
  /** Per key: its entry's index among the file's entry lines (`readEntryLines`). */
  lines: Uint32Array;
}

/** The key a name is looked up by: its tokens' keys, joined by spaces. */
export function nameKey(name: string): string {
  // most vendor names are plain lower-case words already
  if (/^[a-z]+(?: [a-z]+)*$/.test(name)) return name;
  return phraseTokens(name).map(keyOf).join(' ');
}

// A name of one word matches only if it is long enough not to be a common word's capitalised
// form at a sentence start; people need two words (a surname alone names too many people).
function usableName(key: string, person: boolean): boolean {
  const twoWords = key.includes(' ');
  return twoWords || (!person && key.length >= 4);
}

const NAMES = /^\{"id":"[^"]*","names":(\[[^\]]*\])/;

// A line's names; a malformed line names nothing.
function readNames(json: string): string[] {
  try {
    return JSON.parse(json) as string[];
  } catch {
    return [];
  }
}

/** Reads the names of every entry line of the vendor files (the slow path: a parse per line). */
export function compileVendorNames(root = DICTIONARY_ROOT): VendorNameTable {
  const at = new Map<string, [file: number, line: number]>();
  VENDOR_FILES.forEach(({ name, people }, file) => {
    readEntryLines(name, root).forEach((line, index) => {
      const names = NAMES.exec(line)?.[1];
      if (!names) return;
      for (const n of readNames(names)) {
        const key = nameKey(n);
        if (usableName(key, people) && !at.has(key)) at.set(key, [file, index]);
      }
    });
  });
  const keys = [...at.keys()];
  return {
    keys,
    files: Uint8Array.from(keys, (k) => at.get(k)?.[0] ?? 0),
    lines: Uint32Array.from(keys, (k) => at.get(k)?.[1] ?? 0),
  };
}

/**
 * data/vendor-names.bin at the package root (from src/ or dist/): the table compiled at build
 * time, with a digest of the vendor files it was compiled from.
 */
export const VENDOR_NAMES_FILE = fileURLToPath(
  new URL('../../../data/vendor-names.bin', import.meta.url),
);

/** A digest of the vendor files' bytes: a table compiled from other bytes is not used. */
export function vendorFilesDigest(root = DICTIONARY_ROOT): string {
  const manifest = readManifest(root);
  const hash = createHash('sha1');
  for (const { name } of VENDOR_FILES) {
    const entry = manifest.find((d) => d.name === name);
    hash.update(entry ? readFileSync(join(root, entry.file)) : `(no ${name})`);
  }
  return hash.digest('hex');
}

// Keys are joined by NUL, which no name key holds.
const SEPARATOR = '\u0000';

/** The table's file bytes, stamped with the digest of the files it was compiled from. */
export function encodeVendorNames(table: VendorNameTable, digest: string): Buffer {
  if (table.keys.some((k) => k.includes(SEPARATOR))) throw new Error('a key holds the separator');
  return encodeSections(
    { digest },
    { keys: table.keys.join(SEPARATOR), files: table.files, lines: table.lines },
  );
}

/** Reads the file back: its digest and table; throws when it is not such a file. */
export function decodeVendorNames(bytes: Buffer): { digest: string; table: VendorNameTable } {
  const file = decodeSections<{ digest: string }>(bytes);
  const keys = file.text('keys').split(SEPARATOR);
  const files = new Uint8Array(file.bytes('files'));
  const lines = new Uint32Array(file.bytes('lines'));
  if (files.length !== keys.length || lines.length !== keys.length)
    throw new Error('its sections do not match');
  return { digest: file.head.digest, table: { keys, files, lines } };
}

/**
 * The name table: from data/vendor-names.bin when it was compiled from the vendor files as they
 * are now (a regenerated or edited file is read the slow way until the next build), else
 * compiled from the files.
 */
export function loadVendorNames(root = DICTIONARY_ROOT, file = VENDOR_NAMES_FILE): VendorNameTable {
  if (existsSync(file)) {
    try {
      const { digest, table } = decodeVendorNames(readFileSync(file));
      if (digest === vendorFilesDigest(root)) return table;
    } catch {
      // a damaged table is rebuilt by the next build; the files themselves still serve
    }
  }
  return compileVendorNames(root);
}
