import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { partiesCoder } from './support/compact-event.js';

const OFFENSIVE: TriggerEntry = {
  id: 'offensive',
  pos: 'noun',
  words: ['offensive', 'offensives'],
  type: 'ASSAULT',
  mode: null,
};
const dicts = testDictionaries([OFFENSIVE]);
const code = partiesCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('an event noun after "its"/"their" is the act of the subject it points at (roles/noun-subject)', () => {
  it.each([
    [
      'behind a preposition',
      'Freedonia pressed on with its offensive near Fredville on Monday.',
      'ASSAULT FRD>',
    ],
    [
      'a modifier between',
      'Freedonia lost 300 soldiers during its northern offensive on Monday.',
      'ASSAULT FRD>',
    ],
    [
      '"their" and two parties',
      'Freedonia and Sylvania lost 300 soldiers during their offensives on Monday.',
      'ASSAULT FRD+SYL>',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it('negative: a party named between may be the one "its" points at', () => {
    expect(
      code('Freedonia urged Sylvania on Monday to halt its offensive.').some((e) =>
        e.startsWith('ASSAULT FRD'),
      ),
    ).toBe(false);
  });
  it('negative: "its" does not point at two parties', () => {
    expect(
      code('Freedonia and Sylvania pressed on with its offensive on Monday.').some((e) =>
        e.startsWith('ASSAULT FRD'),
      ),
    ).toBe(false);
  });
});
