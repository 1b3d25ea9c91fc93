import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const code = compactCoder(testDictionaries(), { date: false, quantity: false });
// The acts of force that struck Sylvania.
const struckSylvania = (text: string): string[] =>
  code(text).filter((e) => e.startsWith('ASSAULT') && /[>+]SYL/.test(e));

// Freedonia is the article's leading party apart from Sylvania.
const CONTEXT =
  'Freedonia and Sylvania traded accusations on Tuesday. Freedonia said it had done nothing wrong.';

// Invented sentences; published Wednesday 2024-11-06.
describe('victims of many states are no one side: their attacker is not inferred', () => {
  it('soldiers of three states, with no doer named', () => {
    const got = struckSylvania(
      `Sylvanian, Osterlichan and Marsovian soldiers were killed on Monday. ${CONTEXT}`,
    );
    expect(got).toEqual(['ASSAULT >SYL+OST+MRS']);
  });
  it.each([
    ['one state struck', 'Three Sylvanian soldiers were killed on Monday.'],
    ['two states struck', 'Sylvanian and Osterlichan soldiers were killed on Monday.'],
  ])('negative: %s keeps the leading other party as doer', (_name, sentence) => {
    const got = struckSylvania(`${sentence} ${CONTEXT}`);
    expect(got.some((e) => e.startsWith('ASSAULT FRD>'))).toBe(true);
  });
});
