import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

// an invented entry: a truce told as a noun
const dicts = testDictionaries([
  {
    id: 'truce-n',
    pos: 'noun',
    words: ['truce'],
    type: 'RETREAT',
    mode: 'ceasefire',
    reciprocal: true,
  },
]);
const truce = (text: string): string | undefined =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.map((e) => compactEvent(e, { quantity: false, date: false }))
    .find((e) => e.startsWith('RETREAT'));

// Invented sentences; published Wednesday 2024-11-06.
describe('both parties of a coordinated subject carry out the act', () => {
  it('a subordinate clause whose subject is two parties', () => {
    expect(
      truce('Today marks a new chapter as Freedonia and Sylvania executed an immediate truce.'),
    ).toBe('RETREAT FRD+SYL>');
  });
  it('negative: a single party subject stays alone', () => {
    expect(truce('Freedonia said Sylvania executed an immediate truce.')).toBe('RETREAT SYL>');
  });
});
