import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const ceasefire = (text: string): string | undefined =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.map((e) => compactEvent(e, { quantity: false }))
    .find((e) => e.startsWith('RETREAT'));

// Invented sentences; published Wednesday 2024-11-06.
describe('a ceasefire with no party is between the sides at war', () => {
  it.each([
    [
      'two acts of force set the same states against each other',
      'Freedonian troops shelled Sylvania on Sunday. Sylvanian troops shelled Freedonia on Monday. The ceasefire, brokered on Tuesday, held.',
      'RETREAT FRD+SYL> @2024-11-05',
    ],
    [
      'a mutual act counts for both sides',
      'Freedonia and Sylvania clashed on Sunday. Freedonian troops shelled Sylvania on Monday. A ceasefire was reached on Tuesday.',
      'RETREAT FRD+SYL> @2024-11-05',
    ],
  ])('%s', (_name, text, want) => {
    expect(ceasefire(text)).toBe(want);
  });
  it.each([
    [
      'negative: one act of force does not make two sides',
      'Freedonian troops shelled Sylvania on Sunday. The ceasefire, brokered on Tuesday, held.',
    ],
    [
      'negative: no pair of sides clearly leads',
      'Freedonian troops shelled Sylvania on Sunday. Sylvanian troops shelled Freedonia on Monday. Osterlich shelled Marsovia on Monday. Marsovia shelled Osterlich on Monday. The ceasefire, brokered on Tuesday, held.',
    ],
  ])('%s', (_name, text) => {
    expect(ceasefire(text)).toBeUndefined();
  });
  it('negative: a ceasefire that names its parties keeps them', () => {
    expect(
      ceasefire(
        'Freedonian troops shelled Sylvania on Sunday. Sylvanian troops shelled Freedonia on Monday. Freedonia and Osterlich signed a ceasefire on Tuesday.',
      ),
    ).not.toContain('SYL');
  });
});
