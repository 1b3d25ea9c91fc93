import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'ambush', pos: 'verb', lemma: 'ambush', type: 'ASSAULT', mode: null },
  { id: 'attack', pos: 'verb', lemma: 'attack', type: 'ASSAULT', mode: null },
  { id: 'kill', pos: 'verb', lemma: 'kill', type: 'ASSAULT', mode: null },
  { id: 'wound', pos: 'verb', lemma: 'wound', type: 'ASSAULT', mode: null },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('a participle whose shared subject names no party has no actor (refiners/assign-actors)', () => {
  it.each([
    ['one participle', 'Gunmen ambushed a Freedonian police convoy, killing two officers.'],
    [
      'two participles joined by "and"',
      'Two gunmen attacked a Freedonian patrol, killing one officer and wounding two others.',
    ],
  ])('%s: the attacked party is no attacker', (_name, text) => {
    const events = code(text);
    expect(events).toContain('ASSAULT >FRD');
    expect(events.some((e) => e.startsWith('ASSAULT FRD>'))).toBe(false);
  });
  it('negative: a subject that names a party is the actor of its participle', () => {
    expect(code('Sylvanian troops ambushed a Freedonian convoy, killing two officers.')).toEqual([
      'ASSAULT SYL>FRD',
    ]);
  });
});

describe("a participle's actor is the subject the clause layer read for it (refiners/assign-actors)", () => {
  it('a dateline before the subject is no actor', () => {
    expect(
      code(
        'Fredville, Nov 4 - Sylvanian troops attacked two Freedonian villages, killing five people.',
      ),
    ).toEqual(['ASSAULT SYL>FRD']);
  });
});
