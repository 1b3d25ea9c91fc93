import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ExtractError, extractArticle } from '../../src/extract/index.js';

const PARA =
  'The port authority said on Tuesday that two cargo ships had been held at anchor for a week while inspectors checked their papers.';
const page = (charsetMeta: string, text: string): string =>
  `<!doctype html><html><head>${charsetMeta}<title>Café owners protest</title></head><body><article><h1>Café owners protest</h1><p>${text}</p><p>${PARA}</p><p>${PARA} Again.</p></article></body></html>`;
const FRENCH =
  'Les propriétaires de café à Zürich ont protesté contre la hausse des loyers — « trop chère ».';

describe('decoding', () => {
  it('decodes windows-1252 bytes named in <meta charset>', () => {
    const bytes = iconv.encode(page('<meta charset="windows-1252">', FRENCH), 'windows-1252');
    const a = extractArticle({ source: 'cp1252.html', body: bytes });
    expect(a.text).toContain(FRENCH);
  });
  it('decodes ISO-8859-1 named in http-equiv, and the header wins over <meta>', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">';
    const bytes = iconv.encode(page(meta, 'Zürich café'), 'latin1');
    expect(extractArticle({ source: 'a', body: bytes }).text).toContain('Zürich café');
    const utf8 = Buffer.from(page('<meta charset="iso-8859-1">', 'Zürich café'));
    const viaHeader = extractArticle({
      source: 'b',
      body: utf8,
      contentType: 'text/html; charset=utf-8',
    });
    expect(viaHeader.text).toContain('Zürich café');
  });
  it('sniffs undeclared bytes: UTF-8 when valid, else windows-1252', () => {
    expect(extractArticle({ source: 'u', body: Buffer.from(page('', FRENCH)) }).text).toContain(
      FRENCH,
    );
    expect(
      extractArticle({ source: 'w', body: iconv.encode(page('', FRENCH), 'windows-1252') }).text,
    ).toContain(FRENCH);
  });
  it('follows a UTF-16 byte-order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(page('', FRENCH), 'utf-16le'),
    ]);
    expect(extractArticle({ source: 'bom', body: bytes }).text).toContain(FRENCH);
  });
  it('gunzips gzip bytes', () => {
    const a = extractArticle({
      source: 'p.html.gz',
      body: gzipSync(page('<meta charset="utf-8">', FRENCH)),
    });
    expect(a.text).toContain(FRENCH);
    expect(a.title).toBe('Café owners protest');
  });
  it('detects plain text versus HTML when no format is given', () => {
    expect(extractArticle({ source: 't', body: `Harbour reopens\n\n${PARA}` }).text).toBe(
      `Harbour reopens\n\n${PARA}`,
    );
    expect(extractArticle({ source: 'h', body: page('', FRENCH) }).text).not.toContain('<p>');
  });
});

describe('errors', () => {
  const expectError = (fn: () => unknown, kind: string, words: RegExp): void => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ExtractError);
      expect((e as ExtractError).kind).toBe(kind);
      expect((e as ExtractError).message).toMatch(words);
      return;
    }
    throw new Error('expected an ExtractError');
  };
  it('rejects an empty document', () => {
    expectError(() => extractArticle({ source: 'empty.txt', body: '  \n ' }), 'empty', /empty/);
    expectError(
      () => extractArticle({ source: 'e.html', body: new Uint8Array() }),
      'empty',
      /empty/,
    );
    expectError(
      () =>
        extractArticle({
          source: 'nav.html',
          body: '<html><body><script>x()</script></body></html>',
        }),
      'empty',
      /no article text/,
    );
  });
  it('rejects a binary document', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ]);
    expectError(
      () => extractArticle({ source: 'photo.png', body: png }),
      'binary',
      /binary.*web page/,
    );
  });
  it('rejects a document over the size limit, also after gunzip', () => {
    const big = 'x'.repeat(2000);
    expectError(
      () => extractArticle({ source: 'big.txt', body: big }, { maxBytes: 1000 }),
      'too-large',
      /size limit.*maxBytes/,
    );
    const bomb = gzipSync(Buffer.alloc(50_000, 0x61));
    expectError(
      () => extractArticle({ source: 'bomb.gz', body: bomb }, { maxBytes: 10_000 }),
      'too-large',
      /size limit/,
    );
  });
  it('rejects corrupt gzip', () => {
    const cut = gzipSync(page('', FRENCH)).subarray(0, 30);
    expectError(() => extractArticle({ source: 'cut.gz', body: cut }), 'unreadable', /gzip/);
  });
});

describe('article shape', () => {
  it('separates paragraphs by a blank line with exact UTF-16 spans and a content id', () => {
    const a = extractArticle({
      source: 't',
      body: `Harbour reopens 🚢\n\n${PARA}\n\n  Second   paragraph here.  `,
    });
    expect(a.paragraphs.map((s) => a.text.slice(s.start, s.end))).toEqual([
      'Harbour reopens 🚢',
      PARA,
      'Second paragraph here.',
    ]);
    expect(a.text.split('\n\n')).toHaveLength(3);
    expect(a.id).toBe(createHash('sha256').update(a.text).digest('hex').slice(0, 16));
  });
  it('lets supplied metadata win', () => {
    const html = page('<meta property="article:published_time" content="2020-01-01">', FRENCH);
    const a = extractArticle({
      source: 'p',
      body: html,
      published: '2024-11-06',
      title: 'Given title',
    });
    expect(a).toMatchObject({
      published: '2024-11-06',
      publishedSource: 'supplied',
      title: 'Given title',
    });
    expect(extractArticle({ source: 'p', body: html })).toMatchObject({
      published: '2020-01-01',
      publishedSource: 'meta',
    });
  });
  it('detects the language of a page that declares another', () => {
    const html = `<html lang="en"><body><article><p>${FRENCH}</p><p>Le conseil municipal a promis une réponse avant la fin du mois, mais les commerçants restent inquiets.</p></article></body></html>`;
    expect(extractArticle({ source: 'p', body: html }).lang).toBe('fr');
  });
});

const seedPath = resolve(__dirname, '../../../shared/corpus/seed.txt');
describe.skipIf(!existsSync(seedPath))(
  'the seed article as plain text (read from ../shared)',
  () => {
    it('finds the headline, the section path and a clean body', () => {
      const text = readFileSync(seedPath, 'utf8');
      const a = extractArticle({ source: 'seed.txt', body: text, published: '2024-11-06' });
      const headline = text.split('\n')[2]?.trim() ?? '';
      expect(headline.length).toBeGreaterThan(20);
      expect(a.title).toBe(headline);
      expect(a.section).toEqual(['World', 'Live', 'International Crisis']);
      expect(a.published).toBe('2024-11-06');
      expect(a.publishedSource).toBe('supplied');
      expect(a.text.startsWith('Moscow’s upper parliamentary chamber')).toBe(true);
      expect(a.text).not.toContain(headline);
      expect(a.text.split('\n\n')).not.toContain('0');
      expect(a.lang).toBe('en');
    });
  },
);
if (!existsSync(seedPath)) console.warn(`skipping the seed test: ${seedPath} is missing`);

describe('binary input', () => {
  it('rejects random bytes and text full of control characters, accepts legacy-charset text', () => {
    let seed = 7;
    const noise = new Uint8Array(400).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 1 + (seed % 255);
    });
    expect(() => extractArticle({ source: 'noise.html', body: noise })).toThrow(ExtractError);
    expect(() =>
      extractArticle({ source: 'noise.txt', body: '\u0001\u0002\u0003'.repeat(50) }),
    ).toThrow(/binary/);
    const latin = iconv.encode(
      'Les propriétaires de café ont protesté à Zürich. '.repeat(5),
      'latin1',
    );
    expect(extractArticle({ source: 'fr.txt', body: latin }).text).toContain('propriétaires');
  });
});
