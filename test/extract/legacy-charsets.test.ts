import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ExtractError, extractArticle } from '../../src/extract/index.js';

// Invented news text in scripts whose legacy charsets are mostly bytes above 127.
const RUSSIAN =
  'Министр обороны Фредонии заявил во вторник, что войска Сильвании отошли от границы на десять километров.';
const JAPANESE =
  'フリードニアの外相は火曜日、シルバニアとの国境で停戦協議を再開すると発表した。両国の代表団は来週会談する予定だ。';

const page = (charset: string, text: string): string =>
  `<!doctype html><html><head><meta charset="${charset}"><title>${text.slice(0, 20)}</title></head><body><article>${`<p>${text}</p>`.repeat(12)}</article></body></html>`;

describe('legacy charsets named by the page are decoded, then judged', () => {
  for (const [charset, text] of [
    ['windows-1251', RUSSIAN],
    ['koi8-r', RUSSIAN],
    ['shift_jis', JAPANESE],
  ] as const) {
    it(`reads a ${charset} page whose first 4 KB are mostly non-ASCII`, () => {
      const bytes = iconv.encode(page(charset, text), charset);
      const article = extractArticle({ source: `${charset}.html`, body: bytes });
      expect(article.text).toContain(text);
    });
  }

  it('reads a legacy charset named only in the Content-Type header', () => {
    const bytes = iconv.encode(page('x-unknown', RUSSIAN), 'koi8-r');
    const article = extractArticle({
      source: 'koi8.html',
      body: bytes,
      contentType: 'text/html; charset=KOI8-R',
    });
    expect(article.text).toContain(RUSSIAN);
  });

  it('still refuses random high bytes that name no charset', () => {
    const bytes = new Uint8Array(8000).map((_, i) => 128 + ((i * 37) % 127));
    expect(() => extractArticle({ source: 'noise.bin', body: bytes })).toThrow(ExtractError);
  });

  it('still refuses bytes that name a charset but do not decode to text', () => {
    // Shift_JIS lead bytes followed by invalid trail bytes decode to replacement characters.
    const noise = new Uint8Array(6000).map((_, i) => (i % 2 ? 0x7f + 0x80 : 0x81));
    const head = Buffer.from('<html><head><meta charset="shift_jis"></head><body>');
    const bytes = new Uint8Array(Buffer.concat([head, Buffer.from(noise)]));
    expect(() => extractArticle({ source: 'bad-sjis.html', body: bytes })).toThrow(/binary/);
  });
});
