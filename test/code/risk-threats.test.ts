import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('"threatens to worsen": a situation risks an outcome, no party threatens', () => {
  it.each([
    [
      'a situation as subject',
      'The Freedonian advance threatens to worsen the crisis with Sylvania.',
    ],
    [
      'a participle',
      'Freedonia and Sylvania gave rival accounts, threatening to derail the truce.',
    ],
  ])('%s', (_name, text) => {
    expect(code(text).filter((e) => e.startsWith('THREATEN'))).toEqual([]);
  });
  it.each([
    ['a party threatens an act', 'Freedonia threatened to impose sanctions on Sylvania.'],
    ['a party threatens a strike', 'Freedonia threatened to shell Sylvanian troops.'],
  ])('negative: %s', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('THREATEN FRD'))).toBe(true);
  });
});
