import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts, { quantity: false });

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
// A neighbour named to place troops ("near its border with X") is not where they go, and one
// side's troops sent to another say nothing of where a third side's troops go.
const ROWS: [string, string, string[]][] = [
  [
    'troops sent near a border: the neighbour is no recipient',
    'Freedonia sent 300 soldiers to a town near its border with Sylvania on Monday.',
    ['MOBILIZE FRD> @2024-11-04'],
  ],
  [
    'coordinated neighbours are no recipients either',
    'Freedonia deployed 300 soldiers close to its borders with Sylvania and Osterlich on Monday.',
    ['MOBILIZE FRD> @2024-11-04'],
  ],
  [
    'negative: troops sent to a state keep it as recipient',
    'Freedonia sent 300 soldiers to Sylvania on Monday.',
    ['AID FRD>SYL @2024-11-04'],
  ],
  [
    'negative: troops sent to fight with an ally keep the ally',
    'Freedonia deployed troops with Sylvania on Monday.',
    ['AID FRD>SYL @2024-11-04'],
  ],
  [
    'a side that received troops does not send its own to the sender',
    'Freedonia sent 300 soldiers to Sylvania on Monday. Sylvania also deployed troops on Monday.',
    ['AID FRD>SYL @2024-11-04', 'MOBILIZE SYL> @2024-11-04'],
  ],
];

describe('troop moves and the neighbours named beside them', () => {
  it.each(ROWS)('%s', (_why, text, want) => {
    expect(code(text)).toEqual(want);
  });
});
