import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const code = compactCoder(
  testDictionaries([
    { id: 'attacks-n', pos: 'noun', words: ['attacks'], type: 'ASSAULT', mode: null },
  ]),
  { date: false, quantity: false },
);

// Invented sentences. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
describe('a side an act of force is done for is not its target (refiners/assign-actors, roles/beneficiary)', () => {
  it.each([
    [
      '"in solidarity with"',
      'Freedonia launched attacks on the border in solidarity with Osterlich.',
    ],
    ['"in support of"', 'Freedonia launched attacks on the border in support of Osterlich.'],
  ])('%s', (_name, text) => {
    expect(code(text)).not.toContainEqual(expect.stringMatching(/>OST/));
  });
  it('negative: the party attacked before it stays the target', () => {
    expect(code('Freedonia launched attacks on Sylvania in support of Osterlich.')).toContainEqual(
      expect.stringMatching(/^ASSAULT FRD>SYL/),
    );
  });
});
