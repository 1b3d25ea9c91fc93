import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts, { quantity: false, date: false });

// Invented sentences. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
// A reaction whose object refers back to an event told before is aimed at that event's doer.
const ROWS: [string, string, string[]][] = [
  [
    '"condemned the sanctions": aimed at whoever imposed them',
    'Freedonia imposed sanctions on Sylvania on Monday. Sylvania condemned the sanctions.',
    ['SANCTION FRD>SYL', 'ACCUSE SYL>FRD'],
  ],
  [
    '"backed the decision": any act told just before, not the words about it',
    'Freedonia imposed sanctions on Sylvania on Monday. Sylvania condemned the sanctions. Osterlich backed the decision.',
    ['SANCTION FRD>SYL', 'ACCUSE SYL>FRD', 'SUPPORT OST>FRD'],
  ],
  [
    'negative: a reaction that names its target keeps it',
    'Freedonia imposed sanctions on Sylvania on Monday. Sylvania condemned Osterlich for the sanctions.',
    ['SANCTION FRD>SYL', 'ACCUSE SYL>OST'],
  ],
  [
    'negative: the noun names another kind of event than the one told',
    'Freedonia imposed sanctions on Sylvania on Monday. Osterlich condemned the attacks.',
    ['SANCTION FRD>SYL', 'ACCUSE OST>'],
  ],
  [
    'negative: the party reacting to its own act is not its own target',
    'Freedonia imposed sanctions on Sylvania on Monday. Freedonia backed the decision.',
    ['SANCTION FRD>SYL', 'SUPPORT FRD>'],
  ],
];

describe('reactions aimed at an event told before', () => {
  it.each(ROWS)('%s', (_why, text, want) => {
    expect(code(text)).toEqual(want);
  });
});
