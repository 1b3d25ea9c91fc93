import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/code/sentence-view.js';

// The reading the char-code scanner must keep: the regex it replaced, over the span.
const TOKEN =
  /[A-Za-z0-9\u00C0-\u024F]+(?:['’.-][A-Za-z0-9\u00C0-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u024F]/g;
function regexTokens(text: string, start: number, end: number): [string, string, number][] {
  const piece = text.slice(start, end);
  return [...piece.matchAll(TOKEN)].map((m) => [m[0], m[0].toLowerCase(), start + m.index]);
}
const read = (text: string, start = 0, end = text.length): [string, string, number][] =>
  tokenize(text, { start, end }).map((t) => [t.text, t.lower, t.start]);

describe('the code stage tokenizer reads as its token regex does', () => {
  const cases: [string, string][] = [
    ['joined words', "The U.S. envoy's co-chair didn't sign."],
    ['joiners at the ends', "'quoted' -- end. .x x. x- -x x'"],
    ['double joiners', 'a..b a.-b a-.b'],
    ['accented letters', 'Talks in Bogotá and São Tomé; Łódź too'],
    ['curly apostrophe joins', 'Kyiv’s reply ’s'],
    ['unicode spaces', 'about\u00a05,000\u202fsoldiers\u2009here\u3000x\ufeffy\u2028z'],
    ['letters outside Latin', 'Πόλη Москва 北京 x'],
    ['astral and lone surrogates', 'x\u{1d400}y \u{1F600}! a\ud800 b'],
    ['case mapping that changes length', 'İstanbul and STRAßE ΟΔΟΣ'],
    ['control characters', 'a\u0001b\u000bc\u001fd\u0085e'],
  ];
  it.each(cases)('%s', (_, text) => {
    expect(read(text)).toEqual(regexTokens(text, 0, text.length));
  });

  it('gives absolute offsets for a span inside the text', () => {
    const text = 'Before. The U.S. said so. After.';
    expect(read(text, 8, 25)).toEqual(regexTokens(text, 8, 25));
  });

  it('agrees with the regex on random strings of the characters that matter', () => {
    const alphabet = [
      'a',
      'Z',
      '9',
      'é',
      'ß',
      'İ',
      "'",
      '’',
      '.',
      '-',
      ' ',
      '\u00a0',
      ',',
      '"',
      '\n',
      'ж',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: next() % 24 },
        () => alphabet[next() % alphabet.length],
      ).join('');
      expect(read(text), JSON.stringify(text)).toEqual(regexTokens(text, 0, text.length));
    }
  });
});
