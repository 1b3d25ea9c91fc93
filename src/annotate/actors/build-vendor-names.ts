import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DICTIONARY_ROOT } from '../../dictionaries/load-dictionary.js';
import {
  compileVendorNames,
  encodeVendorNames,
  vendorFilesDigest,
  VENDOR_NAMES_FILE,
} from './vendor-name-table.js';

/**
 * Writes data/vendor-names.bin from the vendor actor dictionaries; `npm run build` runs it.
 *
 * @example
 * // node dist/annotate/actors/build-vendor-names.js
 * buildVendorNames(); // { keys: 30000, file: '.../data/vendor-names.bin' }
 */
export function buildVendorNames(
  file = VENDOR_NAMES_FILE,
  root = DICTIONARY_ROOT,
): { keys: number; file: string } {
  const table = compileVendorNames(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, encodeVendorNames(table, vendorFilesDigest(root)));
  return { keys: table.keys.length, file };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { keys, file } = buildVendorNames();
  process.stdout.write(`vendor actor names: ${keys} keys -> ${file}\n`);
}
