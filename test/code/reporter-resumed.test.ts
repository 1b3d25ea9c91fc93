import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts, { quantity: false, date: false });

// Invented sentences. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
// A plain past verb after "and" that follows a backshifted or copular reported clause is the
// reporter's own act (the clause layer joins it to the reporting verb), not the reported subject's.
const ROWS: [string, string, string[]][] = [
  [
    'after a reported copula: the reporter condemns',
    'Freedonia said the report was false and condemned Sylvania.',
    ['ACCUSE FRD>SYL'],
  ],
  [
    'after a backshifted reported clause: the reporter condemns',
    'Freedonia said Osterlich had captured two soldiers and condemned Sylvania.',
    ['ASSAULT OST>SYL', 'ACCUSE FRD>SYL'],
  ],
  [
    "negative: a verb in the same plain past as the reported one stays the reported subject's",
    'Freedonia said Osterlich captured two soldiers and condemned Sylvania.',
    ['ASSAULT OST>SYL', 'ACCUSE OST>SYL'],
  ],
];

describe('the reporter resumed after a reported clause', () => {
  it.each(ROWS)('%s', (_why, text, want) => {
    expect(code(text)).toEqual(want);
  });
});
