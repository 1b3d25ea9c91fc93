import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'evacuate', pos: 'verb', lemma: 'evacuate', type: 'RETREAT', mode: 'withdraw' },
  { id: 'retreat', pos: 'verb', lemma: 'retreat', type: 'RETREAT', mode: 'withdraw' },
];
const base = testDictionaries(EXTRA);
const dicts = {
  ...base,
  partNouns: [
    ...(base.partNouns ?? []),
    { id: 'civilians', names: ['residents', 'villagers', 'workers'], sector: 'CVL' },
  ],
};

const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('civilians leaving are no retreat', () => {
  it.each([
    [
      'residents evacuated (passive)',
      'Freedonia said residents were evacuated from the border on Monday.',
    ],
    ['villagers evacuate (active)', 'Villagers near Sylvania evacuated on Monday as shells fell.'],
    [
      'residents seen evacuating (no subject found)',
      'Freedonian soldiers look at residents evacuate from the border with Sylvania after clashes.',
    ],
  ])('%s', (_name, text) => {
    expect(code(text).filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });
  it.each([
    [
      'a party pulls its troops back',
      'Freedonian troops retreated from Sylvania on Monday.',
      'RETREAT FRD>SYL @2024-11-04',
    ],
    [
      'a party pulls its own workers out',
      'Freedonia evacuated its workers from Sylvania on Monday.',
      'RETREAT FRD>SYL @2024-11-04',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});
