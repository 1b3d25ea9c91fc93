import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

const LEAD = 'Sylvanian troops shelled Freedonian troops in Hillford on Sunday. ';

// Invented sentences; published Wednesday 2024-11-06.
describe('an attack whose subject names a doer that is no party gets no inferred state', () => {
  it('gunmen kill soldiers of the side attacked before', () => {
    const got = code(`${LEAD}Gunmen killed Freedonian soldiers near Lakeport on Monday.`);
    expect(got).toContain('ASSAULT >FRD @2024-11-04');
    expect(got.filter((e) => e.startsWith('ASSAULT SYL>FRD @2024-11-04'))).toEqual([]);
  });
  it('negative: a casualty count names no doer, and the other side is inferred', () => {
    const got = code(`${LEAD}Two Freedonian soldiers were killed near Lakeport on Monday.`);
    expect(
      got.some((e) => e.startsWith('ASSAULT SYL>FRD') && e !== 'ASSAULT SYL>FRD @2024-11-03'),
    ).toBe(true);
  });
});
