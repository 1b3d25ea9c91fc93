import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const code = compactCoder(testDictionaries(), { date: false, quantity: true });

// Invented sentences. Freedonia = FRD, Sylvania = SYL.
describe('the toll of a conflict as a whole is no single act (refiners/drop-conflict-tolls)', () => {
  it.each([
    ['the war', 'The war has killed 3,000 Sylvanian soldiers.'],
    [
      'the fighting, beside a coded attack',
      'Freedonia shelled Sylvania on Monday. The fighting has killed 3,000 Sylvanian soldiers.',
    ],
  ])('%s: no event of its own, no figure lent to another', (_name, text) => {
    expect(code(text).filter((e) => e.includes('3000'))).toEqual([]);
  });
  it('negative: a party as the subject kills', () => {
    expect(code('Freedonian troops killed 30 Sylvanian soldiers.')).toEqual([
      expect.stringMatching(/^ASSAULT FRD.*>SYL.*30/),
    ]);
  });
});
