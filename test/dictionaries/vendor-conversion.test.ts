import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DICTIONARY_ROOT,
  readEntryLines,
  readManifest,
} from '../../src/dictionaries/load-dictionary.js';
import { VendorPattern, VendorVerb } from '../../src/code/vendor-triggers.js';
import {
  convertVendor,
  DEFAULT_VENDOR_DIR,
  renderConversion,
} from '../../src/dictionaries/convert/convert-vendor.js';
import {
  mergeManifest,
  vendorManifestRows,
} from '../../src/dictionaries/convert/manifest-entries.js';

interface Row {
  [key: string]: unknown;
}

function committed(file: string): Row[] {
  const json = JSON.parse(readFileSync(join(DICTIONARY_ROOT, file), 'utf8')) as { entries: Row[] };
  return json.entries;
}

describe('the committed vendor dictionaries', () => {
  it('name Russia by its name, adjective and capital', () => {
    const russia = committed('vendor/phoenix-countries.json').find((e) => e.code === 'RUS');
    expect(russia?.names).toEqual(expect.arrayContaining(['russia', 'russian', 'moscow']));
  });
  it('keep an office holder with the dates of each role', () => {
    const putin = committed('vendor/phoenix-country-actors.json').find(
      (e) => e.id === 'vladimir-putin',
    );
    expect(putin?.names).toContain('putin');
    expect(putin?.roles).toContainEqual(['RUSGOV', '2008-05-08', null]);
    expect(putin?.roles).toContainEqual(['RUSGOV', '1999-12-31', '2008-05-07']);
  });
  it("write Kosovo's World Bank code as PLOVER's KOS", () => {
    const kosovo = committed('vendor/phoenix-country-actors.json').find((e) => e.id === 'kosovo');
    expect(kosovo?.code).toBe('KOS');
    expect(kosovo?.roles).toContainEqual(['KOS', '2008-02-17', null]);
  });
  it('map a verb pattern to its PLOVER type and mode', () => {
    const firefight = committed('vendor/cameo-verb-patterns.json').find(
      (e) => e.block === 'engage' && (e.after as string[]).includes('firefight'),
    );
    expect(firefight).toMatchObject({ cameo: '193', type: 'ASSAULT', mode: 'firearms' });
  });
  it('map a verb to a PLOVER type through its block code', () => {
    const kill = committed('vendor/cameo-verbs.json').find((e) => e.lemma === 'kill');
    expect(kill).toMatchObject({ cameo: '190', type: 'ASSAULT' });
  });
  it('map an agent to its sector', () => {
    const agents = committed('vendor/phoenix-agents.json');
    expect(agents.find((e) => (e.names as string[]).includes('soldier'))?.sector).toBe('MIL');
    expect(agents.find((e) => (e.names as string[]).includes('police'))?.sector).toBe('COP');
  });
  it('code the IAEA as a UN body', () => {
    const iaea = committed('vendor/phoenix-international.json').find((e) => e.id === 'iaea');
    expect(iaea?.code).toBe('IGOUNOIAE');
  });
  it('are each listed in the manifest with source, commit and licence', () => {
    const vendor = readManifest().filter((d) => d.class === 'vendor');
    expect(vendor.length).toBeGreaterThanOrEqual(9);
    for (const d of vendor) {
      expect(existsSync(join(DICTIONARY_ROOT, d.file))).toBe(true);
      expect(d.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(d.license).toMatch(/MIT|CC BY-SA 4\.0/);
    }
    const verbs = vendor.find((d) => d.file === 'vendor/cameo-verbs.json');
    expect(verbs?.license).toMatch(/CC BY-SA 4\.0/);
    expect(existsSync(join(DICTIONARY_ROOT, 'vendor/LICENSE-petrarch2'))).toBe(true);
  });
});

const vendorPresent = existsSync(DEFAULT_VENDOR_DIR);
if (!vendorPresent)
  console.log(`vendor conversion: ${DEFAULT_VENDOR_DIR} is absent; regeneration test skipped`);

describe.skipIf(!vendorPresent)('npm run dictionaries', () => {
  it('regenerates the committed files byte for byte', () => {
    const conversion = convertVendor(DEFAULT_VENDOR_DIR);
    for (const [path, text] of renderConversion(conversion))
      expect(readFileSync(join(DICTIONARY_ROOT, path), 'utf8'), path).toBe(text);
    const rows = readManifest().filter((d) => d.class === 'vendor');
    expect(rows).toEqual(vendorManifestRows(conversion.files));
    // the manifest as the converter writes it: curated files first, the vendor ones after
    const manifestFile = join(DICTIONARY_ROOT, 'manifest.json');
    const manifest = readFileSync(manifestFile, 'utf8');
    const merged = mergeManifest(JSON.parse(manifest), vendorManifestRows(conversion.files));
    expect(manifest).toBe(`${JSON.stringify(merged, null, 2)}\n`);
  });
});

describe('the generated verb files', () => {
  it('hold rows of the schemas the coder reads them with', () => {
    for (const line of readEntryLines('vendor-verb-patterns'))
      expect(VendorPattern.safeParse(JSON.parse(line)).success, line).toBe(true);
    for (const line of readEntryLines('vendor-verbs'))
      expect(VendorVerb.safeParse(JSON.parse(line)).success, line).toBe(true);
  });
});
