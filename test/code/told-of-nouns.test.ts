import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'assault-n', pos: 'noun', words: ['assault'], type: 'ASSAULT', mode: null },
  { id: 'withdrawal-n', pos: 'noun', words: ['withdrawal'], type: 'RETREAT', mode: 'withdraw' },
];
const dicts = testDictionaries(EXTRA);
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('an event noun after "said that" is what the statement tells of, not the speaker\'s act', () => {
  it('the assault a statement describes is the attack told before', () => {
    const got = code(
      'Sylvanian troops shelled Freedonian troops on Monday. ' +
        'Freedonia said that the assault began on Monday evening.',
    );
    expect(got.filter((e) => e.startsWith('ASSAULT FRD'))).toEqual([]);
    expect(got.some((e) => e.startsWith('ASSAULT SYL>FRD'))).toBe(true);
  });
  it.each([
    [
      'a noun announced as a plan',
      'Freedonia said that the withdrawal would begin on Monday.',
      'RETREAT FRD',
    ],
    [
      'a noun the speaker announced',
      'Freedonia announced the withdrawal on Monday.',
      'RETREAT FRD',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
