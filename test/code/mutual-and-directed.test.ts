import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts, { quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('a directed act of force told after a mutual one stays its own event', () => {
  it.each([
    [
      'one side shells the other after both clashed',
      'Freedonia and Sylvania clashed on Monday. Freedonian troops shelled Sylvania on Monday.',
      ['ASSAULT FRD+SYL> @2024-11-04', 'ASSAULT FRD>SYL @2024-11-04'],
    ],
    [
      'the other side is the one said to act',
      'Freedonia and Sylvania clashed on Monday. Freedonia said Sylvanian forces shelled Freedonia on Monday.',
      ['ASSAULT FRD+SYL> @2024-11-04', 'ASSAULT SYL>FRD @2024-11-04'],
    ],
  ])('%s', (_name, text, want) => {
    expect(code(text)).toEqual(want);
  });
  it.each([
    [
      'negative: a mutual mention after the directed act retells it',
      'Freedonian troops shelled Sylvania on Monday. Freedonia and Sylvania clashed on Monday.',
      1,
    ],
    [
      'negative: one sentence tells one act ("clashed, killing")',
      'Freedonia and Sylvania clashed on Monday, killing three Sylvanian soldiers.',
      1,
    ],
    [
      'negative: a treaty signed by both and ratified by one is one agreement',
      'Freedonia and Sylvania signed a treaty on Monday. Freedonia ratified the treaty with Sylvania on Monday.',
      1,
    ],
  ])('%s', (_name, text, events) => {
    expect(code(text)).toHaveLength(events);
  });
});
