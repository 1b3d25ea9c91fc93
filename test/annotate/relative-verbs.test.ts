import { describe, expect, it } from 'vitest';
import { findClauses } from '../../src/annotate/syntax/find-clauses.js';

// The verbs of a sentence's clauses, each with its link: "mediated/relative".
function verbs(sentence: string): string[] {
  const s = findClauses(sentence);
  return s.clauses.map((c) => `${s.words[c.verb.head]?.lower ?? ''}/${c.link}`);
}

// Invented sentences (annotate/syntax/relative-verbs).
describe('a past form right after "which" or "who" is the relative clause\'s verb', () => {
  it.each([
    [
      '"which" and a past form',
      'Freedonia, which mediated alongside Sylvania, said it would send aid.',
      'mediated/relative',
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(verbs(sentence)).toContain(expected);
  });
  it('negative: a participle after "is" stays the adjective of its verb', () => {
    expect(verbs('The group, which is armed by Sylvania, attacked the port.')).not.toContain(
      'armed/relative',
    );
  });
});
