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

describe('a subject set off from its verb by an aside between commas', () => {
  it.each([
    ['Freedonia, however, denied sending troops to Sylvania.', ['Freedonia', 'Freedonia']],
    [
      'The Sylvanian ministry, meanwhile, accused Freedonia of lying.',
      ['The Sylvanian ministry', 'The Sylvanian ministry'],
    ],
    ['Osterlich, for its part, rejected the plan.', ['Osterlich']],
    ['Freedonia, in a statement, condemned the attack.', ['Freedonia']],
    ['The minister, though, signed the treaty.', ['The minister']],
    ['The ambassador of Osterlich, too, left the talks.', ['The ambassador of Osterlich']],
  ])('"%s" has the subjects %j', (sentence, expected) => {
    expect(subjects(sentence)).toEqual(expected);
  });

  it.each([
    [
      'negative: a phrase of time before the aside is no subject',
      'On Monday, however, shelled the border posts.',
      ['-'],
    ],
    [
      "negative: a verb's object before the aside is no subject of the next verb",
      'Sylvanian troops entered the town, however, withdrew on Monday.',
      ['Sylvanian troops', 'Sylvanian troops'],
    ],
    [
      'negative: before a verb that is not finite the aside sets no subject apart',
      'Freedonia hosted the talks, which lasted two hours, as host and witness, following requests from Sylvania.',
      ['Freedonia', 'the talks', 'Freedonia'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(subjects(sentence)).toEqual(expected);
  });
});

describe('a reflexive right after a noun phrase stresses it (annotate/syntax/chunk-phrases)', () => {
  it('keeps "X itself" as one subject', () => {
    expect(subjects('The Freedonian army itself has shelled Sylvanian villages.')[0]).toBe(
      'The Freedonian army itself',
    );
  });
  it('negative: an object reflexive after a verb is no part of the subject', () => {
    expect(subjects('Freedonia defended itself on Monday.')[0]).toBe('Freedonia');
  });
});
