import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries, WITHDRAW_TRIGGER } from './support/test-dictionaries.js';

const code = compactCoder(testDictionaries([WITHDRAW_TRIGGER]), { date: false, quantity: false });

// Invented sentences. Freedonia = FRD.
describe("a speaker's own forces named by a possessive in what it said (roles/possessive-subject)", () => {
  it.each([
    ['a state: "its"', 'Freedonia said its troops had withdrawn from the border.'],
    ['a person: "his"', 'The Freedonian army chief said his troops had withdrawn from the border.'],
    [
      'a person: "her"',
      'The Freedonian defence minister said her soldiers had withdrawn from the border.',
    ],
  ])('%s', (_name, text) => {
    expect(code(text)).toContainEqual(expect.stringMatching(/^RETREAT FRD/));
  });
  it('negative: a possessive of something other than forces names no speaker', () => {
    expect(
      code('The Freedonian army chief said his ally had withdrawn from the border.'),
    ).not.toContainEqual(expect.stringMatching(/^RETREAT FRD/));
  });
});
