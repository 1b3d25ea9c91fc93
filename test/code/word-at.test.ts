import { describe, expect, it } from 'vitest';
import { wordAt } from '../../src/code/roles/clause-roles.js';
import { findClauses } from '../../src/annotate/syntax/find-clauses.js';

// Invented sentences: contractions the tagger rewrites, hyphens, brackets, quotes, figures.
const SENTENCES = [
  'Freedonia sent troops to Sylvania.',
  "Sylvania didn't confirm it, and the ministry won't comment on the so-called 'exercise'.",
  'The Osterlich Liberation Front (OLF) said about 4,000 fighters had crossed on 12 March.',
  '“We will respond,” Freedonia’s envoy to the U.N. told reporters — again.',
];

describe('wordAt', () => {
  it('finds, for every character offset, the word a linear scan finds', () => {
    for (const sentence of SENTENCES) {
      const offset = 100;
      const syntax = findClauses(sentence, offset);
      for (let at = offset - 2; at <= offset + sentence.length + 2; at++) {
        const linear = syntax.words.findIndex((w) => w.start <= at && at < w.end);
        expect(wordAt(syntax, at), `${sentence} @${at}`).toBe(linear);
      }
    }
  });

  it('gives -1 between words and outside the sentence', () => {
    const syntax = findClauses('Freedonia sent troops.');
    expect(wordAt(syntax, 9)).toBe(-1);
    expect(wordAt(syntax, 100)).toBe(-1);
    expect(wordAt(syntax, 10)).toBe(1);
  });
});
