import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map((e) => compactEvent(e));

// Invented articles; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL.
describe('an attack dated to a past period and one told with no date are two acts (refiners/merge-events)', () => {
  it("a raid in a month past and the day's shelling stay apart", () => {
    const events = code(
      'Freedonian troops shelled Sylvanian border posts in September. Sylvania said Freedonian troops shelled Sylvanian villages.',
    );
    expect(events).toEqual([
      expect.stringMatching(/^ASSAULT FRD>SYL @2024-09$/),
      expect.stringMatching(/^ASSAULT FRD>SYL @2024-11-06$/),
    ]);
  });
  it.each([
    [
      'a date of the same week',
      'Freedonian troops shelled Sylvanian border posts on Monday. Sylvania said Freedonian troops shelled Sylvanian villages.',
    ],
    [
      'an undated mention that points back',
      'Freedonian troops shelled Sylvanian border posts in September. Sylvania said the attack by Freedonian troops was a crime.',
    ],
  ])('negative: %s still joins', (_name, text) => {
    expect(code(text)).toHaveLength(1);
  });
});
