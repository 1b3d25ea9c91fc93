import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('a statement in the present is dated by the report, not by what it speaks of', () => {
  it('a date in what is condemned', () => {
    expect(code('Sylvania strongly condemns the shelling by Freedonia on November 2.')).toContain(
      'ACCUSE SYL>FRD @2024-11-06',
    );
  });
  it.each([
    [
      'a past statement keeps the date of its clause',
      'Sylvania condemned Freedonia on November 2.',
      'ACCUSE SYL>FRD @2024-11-02',
    ],
    [
      "a date before the verb is the statement's",
      'On November 2, Sylvania condemns Freedonia.',
      'ACCUSE SYL>FRD @2024-11-02',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});
