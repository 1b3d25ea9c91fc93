import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';

function split(text: string): string[] {
  return splitSentences({ text, paragraphs: [{ start: 0, end: text.length }] }).map((s) => s.text);
}

// [input, expected sentences]
const ROWS: [string, string[]][] = [
  ['Troops moved. Talks ended.', ['Troops moved.', 'Talks ended.']],
  ['Did they go? Yes! They did.', ['Did they go?', 'Yes!', 'They did.']],
  ['U.S. officials met. The talks ended.', ['U.S. officials met.', 'The talks ended.']],
  ['The U.S. State Department spoke.', ['The U.S. State Department spoke.']],
  ['Aid came from the U.S. The talks ended.', ['Aid came from the U.S.', 'The talks ended.']],
  ['Gen. Smith and Mr. Jones met Dr. Lee.', ['Gen. Smith and Mr. Jones met Dr. Lee.']],
  ['It was signed on Jan. 5 in the capital.', ['It was signed on Jan. 5 in the capital.']],
  ['Resolution No. 2231 lapsed.', ['Resolution No. 2231 lapsed.']],
  ['John F. Kennedy spoke. Crowds cheered.', ['John F. Kennedy spoke.', 'Crowds cheered.']],
  ['Growth was 3.5 percent. Prices rose.', ['Growth was 3.5 percent.', 'Prices rose.']],
  ['About 10,000 troops. More came.', ['About 10,000 troops.', 'More came.']],
  ['He paused... Then he left.', ['He paused...', 'Then he left.']],
  ['He paused... and left.', ['He paused... and left.']],
  ['He said, "We will respond." Then he left.', ['He said, "We will respond."', 'Then he left.']],
  ['"Will they come?" he asked.', ['"Will they come?" he asked.']],
  ['She wrote “No deal.” Talks stopped.', ['She wrote “No deal.”', 'Talks stopped.']],
  ['Visit example.com for details.', ['Visit example.com for details.']],
  ['The meeting ended at 5 p.m. on Monday.', ['The meeting ended at 5 p.m. on Monday.']],
  ['Headline without a period', ['Headline without a period']],
  ['Troops (about 3,000.) left. Others stayed.', ['Troops (about 3,000.) left.', 'Others stayed.']],
  // pages that drop the space between paragraphs glue sentences together
  ['The envoy left.An aide stayed behind.', ['The envoy left.', 'An aide stayed behind.']],
  [
    'Talks ended in Vienna.The next round is due.',
    ['Talks ended in Vienna.', 'The next round is due.'],
  ],
  ['It said so, citing News.Az reports.', ['It said so, citing News.Az reports.']],
  ['Read it on Example.Com today.', ['Read it on Example.Com today.']],
  ['The U.S.A delegation met.', ['The U.S.A delegation met.']],
  ['He met Gen.Smith there.', ['He met Gen.Smith there.']],
];

describe('splitSentences', () => {
  it.each(ROWS)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('never crosses a paragraph boundary and keeps spans into the text', () => {
    const text = 'First para without end\n\nSecond para. Has two.';
    const sentences = splitSentences({
      text,
      paragraphs: [
        { start: 0, end: 22 },
        { start: 24, end: text.length },
      ],
    });
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['First para without end', 0],
      ['Second para.', 1],
      ['Has two.', 1],
    ]);
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('treats text without paragraphs as one paragraph and skips empty ones', () => {
    expect(splitSentences({ text: 'One. Two.', paragraphs: [] }).map((s) => s.text)).toEqual([
      'One.',
      'Two.',
    ]);
    expect(splitSentences({ text: '   ', paragraphs: [{ start: 0, end: 3 }] })).toEqual([]);
  });
});
