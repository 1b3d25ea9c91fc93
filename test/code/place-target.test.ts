import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'impose-curfew',
    pos: 'verb',
    lemma: 'impose',
    type: 'COERCE',
    mode: 'curfew',
    object: ['curfew'],
  },
  { id: 'suspend', pos: 'verb', lemma: 'suspend', type: 'SANCTION', mode: 'discontinue' },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06. Lakeport and Hillford: towns of Sylvania.
describe('the state of the place an act is done in is its target', () => {
  it.each([
    [
      'force on targets in a town of another state',
      'Freedonian troops shelled targets in Lakeport on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'aid suspended in a town of another state',
      'Osterlich suspended aid deliveries in Hillford on Monday.',
      'SANCTION OST>SYL',
    ],
    [
      'a curfew a state imposes at home',
      'Sylvania imposed a curfew in the town of Lakeport on Monday.',
      'COERCE SYL>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it.each([
    [
      'a place in another clause',
      'Freedonian troops shelled targets on Monday after talks in Lakeport failed.',
      'ASSAULT FRD>',
    ],
    [
      'force at home is left to the rules that know who acts there',
      'Sylvanian troops shelled targets in Lakeport on Monday.',
      'ASSAULT SYL>',
    ],
    [
      'a treaty signed in a town is not aimed at its state',
      'Freedonia signed a treaty in Lakeport on Monday.',
      'AGREE FRD>',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});
