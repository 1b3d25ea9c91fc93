import { describe, expect, it } from 'vitest';
import { partiesCoder } from './support/compact-event.js';

const shipped = partiesCoder();

// Invented sentences, shipped dictionaries (finders/find-drawn-reactions).
describe('criticism drawn from a party is its disapproval of the subject', () => {
  it.each([
    [
      'a participle after a comma',
      "Estonia's president met Putin in Moscow on Monday, drawing criticism from Latvia.",
      'ACCUSE LVA>EST',
    ],
    [
      'a finite verb with a modifier',
      'Estonia faced sharp condemnation from the European Union on Monday.',
      'ACCUSE EUR>EST',
    ],
  ])('%s', (_name, text, expected) => {
    expect(shipped(text)).toContain(expected);
  });
  it('negative: criticism voiced by a party is its own act, as a trigger row reads it', () => {
    expect(shipped('Latvia voiced criticism of Estonia on Monday.')).not.toContain(
      'ACCUSE EST>LVA',
    );
  });
  it('negative: with no party after "from", no roles are reversed', () => {
    expect(
      shipped('Estonia faced criticism from opposition lawmakers on Monday.').some((e) =>
        e.startsWith('ACCUSE EST'),
      ),
    ).toBe(false);
  });
});
