import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);
// what the evaluation counts: asserted events and announced plans
const counted = (text: string): string[] =>
  code(text).filter((e) => !/ (possible|negated|hypothetical)/.test(e));

// Invented sentences; published Wednesday 2024-11-06.
describe('an aim the article ascribes is no announced plan', () => {
  it.each([
    ['"have been aiming to"', 'Freedonian troops have been aiming to shell Lakeport for weeks.'],
    ['"is seeking to"', 'Freedonia is seeking to capture Sylvanian troops near Hillford.'],
  ])('%s', (_name, text) => {
    expect(counted(text)).toEqual([]);
  });
  it.each([
    ['an aim a party states', 'Freedonia said its troops aim to shell Lakeport.', 'THREATEN FRD'],
    ['a plan', 'Freedonian troops plan to shell Lakeport.', 'THREATEN FRD'],
  ])('negative: %s', (_name, text, expected) => {
    expect(counted(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});

describe('a plan word before "since" or "after" belongs to another clause', () => {
  it('an act told after "since" is done, not planned', () => {
    const got = counted(
      'Freedonian troops have been aiming to reach Lakeport since shelling Sylvanian troops on Monday.',
    );
    expect(got.some((e) => e.startsWith('ASSAULT FRD>SYL @2024-11-04'))).toBe(true);
  });
  it('negative: a plan right before its act stays a plan', () => {
    expect(counted('Freedonian troops plan to shell Sylvanian troops.')).toContain(
      'THREATEN FRD>SYL planned',
    );
  });
});
