import { describe, expect, it } from 'vitest';
import {
  isCapitalised,
  isTitleCase,
  keyOf,
  PhraseTrie,
  startsWithLetter,
  startsWithWordChar,
  tokenFits,
  tokenizeRange,
} from '../../src/annotate/mention-utils.js';

// The reading the hand-written scanner must keep: the regex it replaced, over the slice.
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
function regexTokens(text: string, start: number, end: number): [string, number][] {
  return [...text.slice(start, end).matchAll(TOKEN)].map((m) => [m[0], start + m.index]);
}

describe('tokenizeRange reads as the token regex does', () => {
  const cases: [string, string][] = [
    ['plain ASCII', 'The envoy met officials in Port Harbour on 3 May.'],
    ['accented run', 'Talks in Bogotá and São Tomé ended.'],
    ['curly apostrophe ends a run', 'The council’s vote, and Kyiv’s reply'],
    ['run that starts outside ASCII', 'Élodie and Øystein spoke'],
    ['non-breaking and thin spaces', 'about\u00a05,000\u202fsoldiers\u2009here'],
    ['combining mark', 'Cafe\u0301 owners'],
    ['astral letters and emoji', 'x\u{1d400}y \u{1F600}! \u{1d400}\u{1d401}'],
    ['lone surrogates', 'a\ud800 b \udc00c'],
    ['control characters', 'a\u0001b\u000bc\u001fd'],
    ['digits in other scripts', 'page \u0663\u0664 of 9'],
  ];
  it.each(cases)('%s', (_, text) => {
    const got = tokenizeRange(text, 0, text.length).map((t) => [t.text, t.start]);
    expect(got).toEqual(regexTokens(text, 0, text.length));
  });

  it('keeps every token inside the range, even where the range cuts a code point in two', () => {
    const text = 'ab\u{1d400}\u{1d401}cd \u{1F600}e';
    for (let start = 0; start <= text.length; start++)
      for (let end = start; end <= text.length; end++)
        expect(
          tokenizeRange(text, start, end).map((t) => [t.text, t.start]),
          `range ${start}-${end}`,
        ).toEqual(regexTokens(text, start, end));
  });

  it('gives look-up keys in lower case without accents, with straight apostrophes', () => {
    const text = 'KYIV Zürich ’';
    expect(tokenizeRange(text, 0, text.length).map((t) => t.key)).toEqual(['kyiv', 'zurich', "'"]);
    expect(keyOf('Zürich')).toBe('zurich');
  });
});

describe('first-character tests', () => {
  const words = ['Moscow', 'moscow', 'Élysée', 'élysée', '9th', '\u0663', '-', '', '’s', 'Ωmega'];
  it.each(words)('%j', (w) => {
    expect(isCapitalised(w)).toBe(/^\p{Lu}/u.test(w));
    expect(startsWithLetter(w)).toBe(/^\p{L}/u.test(w));
    expect(startsWithWordChar(w)).toBe(/^[\p{L}\p{N}]/u.test(w));
  });
});

describe('isTitleCase', () => {
  const tokensOf = (s: string) => tokenizeRange(s, 0, s.length);
  it.each([
    ['a headline', 'Navy Ships Seize Fishing Boats Near Disputed Reef', true],
    ['a sentence', 'The navy said its ships seized two fishing boats near the reef.', false],
    ['too few long words', 'Big Ships Sail', false],
    [
      'exactly 70% capitalised is not enough',
      'Alpha Bravo Delta Echo Foxtrot Gamma Hotel india juliet kilo',
      false,
    ],
  ])('%s', (_, text, expected) => {
    expect(isTitleCase(tokensOf(text))).toBe(expected);
  });
});

describe('PhraseTrie capitals', () => {
  const trie = new PhraseTrie<string>();
  trie.add('US', 'state');
  trie.add('us', 'pronoun');
  trie.add('Red Sea', 'sea');
  const tokensOf = (s: string) => tokenizeRange(s, 0, s.length);
  it.each([
    ['the US said', 1, ['state', 'pronoun']],
    ['told us that', 1, ['pronoun']],
    ['in the Red Sea today', 2, ['sea']],
  ])('%s', (text, from, values) => {
    expect(trie.matchAt(tokensOf(text), from)?.values).toEqual(values);
  });
  it('finds nothing where capitals do not fit', () => {
    expect(trie.matchAt(tokensOf('in the red sea'), 2)).toBeNull();
  });
  it('skips a token no phrase opens with, and still finds one that opens with it', () => {
    const signs = new PhraseTrie<string>();
    signs.add('Freedonia', 'state');
    signs.add('# Sylvania', 'tag');
    signs.add('État Sylvanie', 'accented');
    signs.add('Москва', 'not latin');
    const tokens = tokensOf('- Freedonia , # Sylvania , Etat Sylvanie , Москва');
    expect(signs.matchAll(tokens).map((m) => [m.from, m.to, m.values])).toEqual([
      [1, 2, ['state']],
      [3, 5, ['tag']],
      [6, 8, ['accented']],
      [9, 10, ['not latin']],
    ]);
    expect(signs.matchAt(tokens, 0)).toBeNull();
    expect(signs.matchAt(tokens, 2)).toBeNull();
  });
  it.each([
    ['NATO', 'NATO', true],
    ['NATO', 'Nato', false],
    ['Kyiv', 'kyiv', false],
    ['army', 'Army', true],
  ])('tokenFits(%j, %j)', (dict, text, expected) => {
    expect(tokenFits(dict, text)).toBe(expected);
  });
});
