import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts, { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('forces deployed that no party receives are a mobilisation, not aid', () => {
  it.each<[string, string, string[]]>([
    [
      'troops sent to a place of their own state',
      'Freedonia deployed 2,000 troops to Red Bay on Monday.',
      ['MOBILIZE FRD>'],
    ],
    [
      'troops deployed with no place at all',
      'Freedonia has deployed thousands of troops, officials said.',
      ['MOBILIZE FRD>'],
    ],
  ])('%s: %s', (_rule, text, want) => {
    expect(code(text)).toEqual(want);
  });

  it.each<[string, string, string[]]>([
    [
      'negative: troops sent to another state aid it',
      'Freedonia sent 2,000 troops to Sylvania on Monday.',
      ['AID FRD>SYL'],
    ],
    [
      'negative: troops a later mention sends to another state stay aid',
      'Freedonia has deployed thousands of troops. The troops were sent to Sylvania last week.',
      ['AID FRD>SYL'],
    ],
  ])('%s: %s', (_rule, text, want) => {
    expect(code(text)).toEqual(want);
  });
});
