import { describe, expect, it } from 'vitest';
import { lowerCase, tagWords } from '../../src/annotate/syntax/tag-words.js';

describe('lowerCase', () => {
  it('gives what toLowerCase gives, for ASCII and beyond', () => {
    for (const s of [
      '',
      'troops',
      'Freedonia',
      'UN',
      "'s",
      '’s',
      ',',
      '1,200',
      'Ósterlich',
      'ÉTAT',
      'İstanbul',
      'ΟΔΟΣ',
      'straße',
      'Kim Jong-un',
    ])
      expect(lowerCase(s)).toBe(s.toLowerCase());
  });
});

describe('tagWords', () => {
  it('lower-cases words and lemmas', () => {
    const words = tagWords('Freedonia SENT troops.', 5);
    expect(words.map((w) => [w.text, w.lower, w.start, w.end])).toEqual([
      ['Freedonia', 'freedonia', 5, 14],
      ['SENT', 'sent', 15, 19],
      ['troops', 'troops', 20, 26],
      ['.', '.', 26, 27],
    ]);
    expect(words.every((w) => w.lemma === w.lemma.toLowerCase())).toBe(true);
  });
});
