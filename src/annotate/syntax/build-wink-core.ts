import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeWinkCore } from './wink-core-file.js';
import { shippedCoreJson, WINK_CORE_FILE } from './wink-model.js';

/**
 * Writes data/wink-core.bin from the tagger model's shipped core; `npm run build` runs it.
 *
 * @example
 * // node dist/annotate/syntax/build-wink-core.js
 * buildWinkCore(); // { bytes: 2500000, file: '.../data/wink-core.bin' }
 */
export function buildWinkCore(file = WINK_CORE_FILE): { bytes: number; file: string } {
  const bytes = encodeWinkCore(shippedCoreJson());
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return { bytes: bytes.byteLength, file };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { bytes, file } = buildWinkCore();
  process.stdout.write(`tagger model core: ${bytes} bytes -> ${file}\n`);
}
