import { describe, expect, it } from 'vitest';
import { cutLongText } from '../../src/extract/cut-long-text.js';
import { extractArticle } from '../../src/extract/index.js';
import { capMarkup } from '../../src/extract/html/prepare/cap-markup.js';
import { capText } from '../../src/extract/html/prepare/cap-text.js';
import { flattenDeepNesting } from '../../src/extract/html/prepare/flatten-deep-nesting.js';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/pipeline.js';

const SENTENCE = 'Freedonian troops crossed the river near Port Alba on Monday, officials said.';
const page = (body: string): string =>
  `<!doctype html><html><head><title>Border news</title></head><body>${body}</body></html>`;

describe('deep nesting', () => {
  it('reads the text of a page nested 5,000 divs deep (it ran for minutes)', () => {
    const depth = 5000;
    const html = page(`${'<div>'.repeat(depth)}<p>${SENTENCE}</p>${'</div>'.repeat(depth)}`);
    const article = extractArticle({ source: 'deep.html', body: html });
    expect(article.text).toBe(SENTENCE);
  });

  it('flattens only past the depth limit, keeping one paragraph per block', () => {
    const { document } = parseHTML(
      page(
        `<div><section><div><p>One.</p><div><p>Two <b>bold</b>.</p></div></div></section></div>`,
      ),
    );
    const doc = document as unknown as Document;
    // html > body > div > section > div: depth 4 is flattened at a limit of 4.
    expect(flattenDeepNesting(doc, 4)).toBe(1);
    const flat = doc.querySelector('section > div');
    expect(flat?.innerHTML).toBe('<p>One.</p><p>Two bold.</p>');
  });

  it('leaves an ordinary page alone', () => {
    const { document } = parseHTML(page(`<article><div><p>${SENTENCE}</p></div></article>`));
    expect(flattenDeepNesting(document as unknown as Document)).toBe(0);
  });
});

describe('element cap', () => {
  it('cuts the markup before the element past the cap, counting all start tags', () => {
    expect(capMarkup('<p>a</p><p>b</p><p>c</p>', 2)).toEqual({
      html: '<p>a</p><p>b</p>',
      cut: { kept: 2, total: 3 },
    });
  });

  it('keeps a page under the cap whole', () => {
    expect(capMarkup('<p>a</p> 1 < 2', 5)).toEqual({ html: '<p>a</p> 1 < 2', cut: null });
  });

  it('says in the article how much of a page of 100,000 paragraphs was read', () => {
    const article = extractArticle({
      source: 'tiny.html',
      body: page(`<p>${SENTENCE}</p>${'<p>Yes.</p>'.repeat(100_000)}`),
    });
    expect(article.text.startsWith(SENTENCE)).toBe(true);
    expect(article.cut?.elements?.kept).toBe(30_000);
    expect(article.cut?.elements?.total).toBeGreaterThan(100_000);
  });
});

describe('page text cap', () => {
  it('keeps the first characters of the text in document order, scripts aside', () => {
    const { document } = parseHTML(
      page('<p>abcd</p><script>var x = "long script";</script><p>efgh</p><p>ijkl</p>'),
    );
    const doc = document as unknown as Document;
    expect(capText(doc, 10)).toEqual({ kept: 10, total: 12 });
    expect(doc.body.innerHTML).toBe(
      '<p>abcd</p><script>var x = "long script";</script><p>efgh</p><p>ij</p>',
    );
  });

  it('leaves a page within the cap alone', () => {
    const { document } = parseHTML(page('<p>abcd</p>'));
    expect(capText(document as unknown as Document, 100)).toBeNull();
  });

  it('reads only the start of a page of one 3 MB paragraph, and says how long it was', () => {
    const long = Array.from({ length: 40_000 }, () => SENTENCE).join(' ');
    const article = extractArticle({ source: 'long.html', body: page(`<p>${long}</p>`) });
    expect(article.cut?.chars?.total).toBeGreaterThanOrEqual(long.length);
    expect(article.cut?.chars?.kept).toBe(article.text.length);
  });
});

describe('text cut', () => {
  const text = 'Aaa aa. Bbb bb. Ccc cc.\n\nDdd dd.';
  const spans = [
    { start: 0, end: 23 },
    { start: 25, end: 32 },
  ];

  it('keeps whole paragraphs that fit', () => {
    expect(cutLongText(text, spans, 30)).toEqual({
      text: 'Aaa aa. Bbb bb. Ccc cc.',
      spans: [{ start: 0, end: 23 }],
      cut: { kept: 23, total: 32 },
    });
  });

  it('cuts a first paragraph longer than the limit at a sentence end', () => {
    expect(cutLongText(text, spans, 19).text).toBe('Aaa aa. Bbb bb.');
  });

  it('keeps at most so many paragraphs', () => {
    expect(cutLongText(text, spans, 100, 1).text).toBe('Aaa aa. Bbb bb. Ccc cc.');
  });

  it('leaves text within the limit alone', () => {
    expect(cutLongText(text, spans, 32).cut).toBeNull();
  });

  it('bounds the analysis of one 2 MB paragraph and says so', () => {
    const long = Array.from({ length: 26_000 }, () => SENTENCE).join(' ');
    const analysis = analyze(long, { published: '2024-11-06' });
    expect(analysis.cut?.chars).toEqual({ kept: analysis.text.length, total: long.length });
    expect(analysis.text.length).toBeLessThanOrEqual(200_000);
    expect(analysis.text.endsWith('said.')).toBe(true);
    expect(analysis.sentences.length).toBeLessThan(3000);
  });
});
