import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06. The SLF is an armed group of Sylvania;
// Lakeport and Hillford are towns of Sylvania.
describe('a town taken or fallen is seized', () => {
  it.each([
    ['taking a town', 'The SLF took Lakeport on Monday.', 'COERCE SYL>SYL @2024-11-04'],
    [
      'taking control of a town',
      'Sylvanian troops shelled Freedonia on Sunday. Freedonian troops took control of Lakeport on Monday.',
      'COERCE FRD>SYL @2024-11-04',
    ],
    [
      'the fall of a town',
      'The fall of Lakeport on Monday shocked Freedonia.',
      'COERCE >SYL @2024-11-04',
    ],
    [
      'a town fallen into the hands of a side',
      'The town of Lakeport in northern Sylvania has fallen into the hands of the SLF on Monday.',
      'COERCE >SYL @2024-11-04',
    ],
    ['a town fell to rebels', 'Hillford fell to the rebels on Monday.', 'COERCE >SYL @2024-11-04'],
  ])('%s', (_name, text, want) => {
    expect(code(text)).toContain(want);
  });
  it.each([
    ['negative: taking part', 'Freedonia took part in talks in Lakeport on Monday.'],
    ['negative: a fall in a town', 'Prices in Lakeport fell on Monday.'],
    ['negative: a figure fell to a number', 'Trade in Lakeport fell to 3 percent on Monday.'],
    [
      'negative: the town in another clause',
      'Talks in Lakeport ended, and support fell to the SLF on Monday.',
    ],
    ['negative: taking a town’s name', 'Freedonia took the news from Lakeport calmly.'],
  ])('%s', (_name, text) => {
    expect(code(text).filter((e) => e.startsWith('COERCE'))).toEqual([]);
  });
});

describe('acts of force in two different towns are two events', () => {
  it('two towns taken by the same group stay two seizures', () => {
    const got = code('The SLF took Lakeport on Monday. The SLF took Hillford on Monday.');
    expect(got.filter((e) => e.startsWith('COERCE'))).toHaveLength(2);
  });
  it('negative: the same town told twice is one seizure', () => {
    const got = code(
      'The SLF took Lakeport on Monday. The SLF took control of Lakeport on Monday.',
    );
    expect(got.filter((e) => e.startsWith('COERCE'))).toHaveLength(1);
  });
});
