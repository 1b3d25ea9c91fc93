/**
 * `npm run dictionaries [-- VENDOR_DIR]`: converts the field's dictionaries (../shared/vendor by
 * default) into dictionaries/vendor/ and lists them in dictionaries/manifest.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DICTIONARY_ROOT } from '../load-dictionary.js';
import { convertVendor, DEFAULT_VENDOR_DIR, renderConversion } from './convert-vendor.js';
import { mergeManifest, vendorManifestRows } from './manifest-entries.js';

function main(): void {
  const vendorDir = resolve(process.argv[2] ?? DEFAULT_VENDOR_DIR);
  const conversion = convertVendor(vendorDir);
  for (const [path, text] of renderConversion(conversion)) {
    const file = join(DICTIONARY_ROOT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    process.stdout.write(`${path}: ${text.length} bytes\n`);
  }
  const manifestFile = join(DICTIONARY_ROOT, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const merged = mergeManifest(manifest, vendorManifestRows(conversion.files));
  writeFileSync(manifestFile, `${JSON.stringify(merged, null, 2)}\n`);
  process.stdout.write(`manifest.json: ${merged.dictionaries.length} dictionaries\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`dictionaries: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
