import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCountryRecords } from '../../src/annotate/actors/build-country-records.js';
import {
  compileCountryRecords,
  readCountryRecords,
  splitDemonyms,
} from '../../src/annotate/actors/country-records.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-countries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the country records compiled at build time', () => {
  const file = join(dir, 'country-records.json');
  buildCountryRecords(file);

  it('reads back exactly the records the package gives', () => {
    expect(readCountryRecords(file)).toStrictEqual(compileCountryRecords());
  });

  it('keeps the forms the actor and place finders need', () => {
    const france = readCountryRecords(file).find((r) => r.code === 'FRA');
    expect(france?.names).toContain('France');
    expect(france?.demonyms).toEqual(expect.arrayContaining(['French']));
    expect(france?.capitals).toEqual(['Paris']);
    expect(france?.independent).toBe(true);
  });

  it('reads each demonym of a state whose package entry lists two in one string', () => {
    expect(splitDemonyms('Bosnian, Herzegovinian')).toEqual(['Bosnian', 'Herzegovinian']);
    expect(splitDemonyms('Kittitian or Nevisian')).toEqual(['Kittitian', 'Nevisian']);
    expect(splitDemonyms('Sri Lankan')).toEqual(['Sri Lankan']);
    expect(splitDemonyms('Oriental')).toEqual(['Oriental']);
    expect(splitDemonyms(undefined)).toEqual([]);
    const bosnia = readCountryRecords(file).find((r) => r.code === 'BIH');
    expect(bosnia?.demonyms).toEqual(expect.arrayContaining(['Bosnian', 'Bosnians']));
  });

  it('compiles them from the package when data/ was never built', () => {
    expect(readCountryRecords(join(dir, 'missing.json'))).toStrictEqual(compileCountryRecords());
  });

  it('rejects a damaged file, saying how to fix it', () => {
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '[{"code":');
    expect(() => readCountryRecords(damaged)).toThrow(/npm run build/);
  });
});
