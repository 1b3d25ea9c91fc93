import { describe, expect, it } from 'vitest';
import { findClauses } from '../../src/annotate/syntax/find-clauses.js';

// The subject of each clause, as words, or '-' for none.
const subjects = (sentence: string): string[] => {
  const s = findClauses(sentence);
  return s.clauses.map((c) =>
    c.subject
      ? s.words
          .slice(c.subject.first, c.subject.last + 1)
          .map((w) => w.text)
          .join(' ')
      : '-',
  );
};

// Invented sentences (Freedonia, Sylvania, Osterlich).
describe('a subject with an appositive before its verb', () => {
  it.each([
    ['Freedonia, a close ally of Sylvania, has refused to send troops.', 'Freedonia'],
    ['Freedonia, a close ally of Sylvania in the region, refused the plan.', 'Freedonia'],
    ['The Freedonian army, the largest in the region, shelled the town.', 'The Freedonian army'],
    ['On Monday, Freedonia, a close ally of Sylvania, said it would send troops.', 'Freedonia'],
    ['Osterlich, an old rival of Sylvania, signed the treaty on Monday.', 'Osterlich'],
  ])('"%s" has the subject "%s"', (sentence, subject) => {
    expect(subjects(sentence)[0]).toBe(subject);
  });

  it.each([
    [
      'negative: a list before the verb stays whole',
      'Freedonia, Sylvania and Osterlich signed the treaty.',
      'Freedonia , Sylvania and Osterlich',
    ],
    [
      'negative: a name in apposition without an article is not cut',
      'The minister, Anna Varga, visited Sylvania.',
      'The minister , Anna Varga',
    ],
  ])('%s', (_name, sentence, subject) => {
    expect(subjects(sentence)[0]).toBe(subject);
  });
});
