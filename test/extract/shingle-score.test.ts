import { describe, expect, it } from 'vitest';
import { countShingles, scorePage, scoreSet, tokenizeWords } from '../../src/eval/shingle-score.js';

describe('tokenizeWords', () => {
  it.each([
    ['The cat, the hat!', ['The', 'cat', 'the', 'hat']],
    ['don’t stop_now 42', ['don', 't', 'stop_now', '42']],
    ['Grüße aus Köln', ['Grüße', 'aus', 'Köln']],
    ['  ...  ', []],
  ])('%j', (text, tokens) => {
    expect(tokenizeWords(text)).toEqual(tokens);
  });
});

describe('countShingles', () => {
  it('counts repeated four-token runs', () => {
    const c = countShingles(tokenizeWords('a b c d a b c d'));
    expect(c.get('a b c d')).toBe(2);
    expect(c.size).toBe(4);
  });
  it('makes one shingle of a text shorter than four tokens, none of an empty one', () => {
    expect([...countShingles(['x', 'y'])]).toEqual([['x y', 1]]);
    expect(countShingles([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('scores identical texts as exact with precision and recall 1', () => {
    const s = scorePage('Blue boats sail at dawn.', 'Blue boats, sail at dawn');
    expect(s).toMatchObject({ precision: 1, recall: 1, exact: true, fp: 0, fn: 0 });
  });
  it('counts extra shingles against precision only', () => {
    // expected has 2 shingles; predicted adds one token, hence one more shingle
    const s = scorePage('one two three four five', 'one two three four five six');
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.extra).toEqual(['three four five six']);
    expect(s.exact).toBe(false);
  });
  it('counts missed shingles against recall only, normalised', () => {
    const s = scorePage('one two three four five six', 'one two three four');
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.tp + s.fp + s.fn).toBeCloseTo(1);
  });
  it('gives 0 precision for an empty prediction and 1 for two empty texts', () => {
    expect(scorePage('some words are here', '').precision).toBe(0);
    expect(scorePage('some words are here', '').recall).toBe(0);
    expect(scorePage('', '')).toMatchObject({ precision: 1, recall: 1, exact: true });
  });
});

describe('scoreSet', () => {
  it('averages precision and recall over pages and takes F1 of the means', () => {
    const a = scorePage('one two three four five', 'one two three four five six');
    const b = scorePage('one two three four five six', 'one two three four');
    const set = scoreSet([a, b]);
    const p = (2 / 3 + 1) / 2;
    const r = (1 + 1 / 3) / 2;
    expect(set.precision).toBeCloseTo(p);
    expect(set.recall).toBeCloseTo(r);
    expect(set.f1).toBeCloseTo((2 * p * r) / (p + r));
    expect(set.accuracy).toBe(0);
  });
  it('is zero on no pages', () => {
    expect(scoreSet([]).f1).toBe(0);
  });
});
