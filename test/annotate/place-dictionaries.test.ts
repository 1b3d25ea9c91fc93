import { describe, expect, it } from 'vitest';
import { readCountryRecords } from '../../src/annotate/actors/country-records.js';
import { loadFeatures } from '../../src/annotate/places/place-dictionaries.js';

describe('place features (real file)', () => {
  const features = loadFeatures();
  const iso = new Set(readCountryRecords().map((r) => r.code));

  it('loads, every row parsed, no id repeated (the loader checks both)', () => {
    expect(features.length).toBeGreaterThan(30);
  });

  it('every country is an ISO alpha-3 code and no name stands for two features', () => {
    const seen = new Map<string, string>();
    for (const f of features) {
      if (f.country !== null) expect(iso.has(f.country), `${f.id}: ${f.country}`).toBe(true);
      for (const n of f.names) {
        expect(seen.get(n), `"${n}" in ${f.id} and ${seen.get(n) ?? ''}`).toBeUndefined();
        seen.set(n, f.id);
      }
    }
  });
});
