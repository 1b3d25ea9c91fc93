import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVendorNames } from '../../src/annotate/actors/build-vendor-names.js';
import {
  compileVendorNames,
  encodeVendorNames,
  loadVendorNames,
  VENDOR_FILES,
} from '../../src/annotate/actors/vendor-name-table.js';
import { DICTIONARY_ROOT } from '../../src/dictionaries/load-dictionary.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-vendor-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the vendor name table compiled at build time', () => {
  const file = join(dir, 'vendor-names.bin');
  buildVendorNames(file);
  const compiled = compileVendorNames();

  it('reads back exactly the table the vendor files give', () => {
    expect(loadVendorNames(DICTIONARY_ROOT, file)).toStrictEqual(compiled);
  });

  it('names well-known bodies, groups and people, each from its own file', () => {
    const fileOf = (key: string): string | undefined => {
      const i = compiled.keys.indexOf(key);
      return i < 0 ? undefined : VENDOR_FILES[compiled.files[i] ?? 0]?.name;
    };
    expect(fileOf('united nations')).toBe('vendor-international');
    expect(fileOf('hezbollah')).toBe('vendor-armed-groups');
    expect(fileOf('vladimir putin')).toBe('vendor-country-actors');
    // a surname alone names too many people; a short word is a common word's capital form
    expect(fileOf('putin')).toBeUndefined();
  });

  it('is not used once the vendor files changed: the files are read instead', () => {
    const stale = join(dir, 'stale.bin');
    const other = { keys: ['freedonia'], files: Uint8Array.of(0), lines: Uint32Array.of(0) };
    writeFileSync(stale, encodeVendorNames(other, 'a digest of other files'));
    expect(loadVendorNames(DICTIONARY_ROOT, stale)).toStrictEqual(compiled);
  });

  it('falls back to the files when the table is missing or damaged', () => {
    const damaged = join(dir, 'damaged.bin');
    writeFileSync(damaged, Buffer.alloc(3));
    expect(loadVendorNames(DICTIONARY_ROOT, damaged)).toStrictEqual(compiled);
    expect(loadVendorNames(DICTIONARY_ROOT, join(dir, 'missing.bin'))).toStrictEqual(compiled);
  });
});
