import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

const run = (text: string) => explainEvents(buildAnnotated(text, '2024-11-06'), dicts);
const code = (text: string): string[] =>
  run(text).events.map((e) => compactEvent(e, { date: false, quantity: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe('a list of parties that closes with "and" before a member that is no party', () => {
  it.each([
    [
      'two parties and other bodies',
      'Freedonia threatened Sylvania, Osterlich, and other neighbours on Monday.',
      'THREATEN FRD>SYL+OST',
    ],
    [
      'two parties and others without the serial comma',
      'Freedonia threatened Sylvania, Osterlich and their allies on Monday.',
      'THREATEN FRD>SYL+OST',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it.each([
    [
      'a comma with no "and" after: a new clause',
      'Freedonia threatened Sylvania, Osterlich reported on Monday.',
      'THREATEN FRD>SYL+OST',
    ],
    [
      'an apposition between commas',
      'Freedonia threatened Sylvania, Osterlich’s ally, on Monday.',
      'THREATEN FRD>SYL+OST',
    ],
  ])('negative: %s', (_name, text, unwanted) => {
    expect(code(text)).not.toContain(unwanted);
  });
});
