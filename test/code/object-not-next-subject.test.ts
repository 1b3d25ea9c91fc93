import { describe, expect, it } from 'vitest';
import { compactCoder, explanationLines } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

const code = compactCoder(dicts, { date: false, quantity: false });
const lines = explanationLines(dicts);
// the recipients the clause gave (the opponent rule may infer a party later)
const fromClause = (text: string): string =>
  lines(text)
    .filter((l) => l.includes('recipients:'))
    .join('\n');

// Invented sentences; published Wednesday 2024-11-06.
describe("a phrase that is the next clause's own subject is no object of the clause before", () => {
  it.each([
    [
      'a time phrase joined over a comma to the speaker after it',
      'Freedonian troops shelled it late last month, Sylvanian military sources said.',
    ],
  ])('%s', (_name, text) => {
    expect(fromClause(text)).not.toMatch(/recipients: SYL/);
  });
  it.each([
    [
      'a controller: the object of "ordered" is the subject of its "to"-clause',
      'Freedonia ordered Sylvanian troops to withdraw on Monday.',
      'REQUEST FRD>SYL',
    ],
    [
      'a plain object before the time phrase',
      'Freedonian troops shelled Sylvania late last month, military sources said.',
      'ASSAULT FRD>SYL',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
    expect(fromClause(text)).toMatch(/recipients: SYL/);
  });
});
