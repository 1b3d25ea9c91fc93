import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries([
  {
    id: 'call-on',
    pos: 'verb',
    lemma: 'call',
    type: 'REQUEST',
    mode: 'change',
    object: ['on', 'for'],
    governs: true,
    speech: true,
  },
]);
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('an order sending diplomats or a mission away is a sanction, not a request', () => {
  it.each([
    [
      'embassy staff called home',
      'Freedonia ordered all embassy staff in Sylvan City to return home.',
      'SANCTION FRD>SYL',
    ],
    [
      'envoys told to leave',
      "Freedonia ordered Sylvania's diplomats to leave on Monday.",
      'SANCTION FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    const got = code(text);
    expect(got.some((e) => e.startsWith(expected))).toBe(true);
    expect(got.filter((e) => e.startsWith('REQUEST'))).toEqual([]);
  });
  it.each([
    ['an order to a state', 'Freedonia ordered Sylvania to pull back on Monday.'],
    ['an order to troops', 'Freedonia ordered its troops in Sylvania to hold their positions.'],
  ])('negative: %s', (_name, text) => {
    const got = code(text);
    expect(got.some((e) => e.startsWith('REQUEST FRD'))).toBe(true);
    expect(got.filter((e) => e.startsWith('SANCTION'))).toEqual([]);
  });
});
describe('a mission asked for is requested, not sent away', () => {
  it.each([
    ['called for monitors', 'Freedonia called for international monitors on Monday.'],
    ['called for observers in a headline', 'Sylvania Denies Charges, Calls for Foreign Observers'],
  ])('%s', (_name, text) => {
    const got = code(text);
    expect(got.filter((e) => e.startsWith('SANCTION'))).toEqual([]);
    expect(got.some((e) => e.startsWith('REQUEST'))).toBe(true);
  });
  it.each([['monitors told to go', 'Freedonia called on all monitors in Sylvan City to leave.']])(
    'negative: %s',
    (_name, text) => {
      expect(code(text).some((e) => e.startsWith('SANCTION FRD>SYL'))).toBe(true);
    },
  );
});
