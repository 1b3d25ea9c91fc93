import { describe, expect, it } from 'vitest';
import { readListingLinks } from '../../src/ingest/feeds/read-listing.js';

const PAGE = 'https://news.example/world';
const headline = (n: number) =>
  `<li><a href="/world/freedonia-${n}">Sylvanian envoy visits Freedonia, day ${n}</a></li>`;
const headlines = (count: number) =>
  Array.from({ length: count }, (_, i) => headline(i + 1)).join('');
const body = (paragraphs: number) =>
  Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Minister Arlo Vance of Freedonia said on day ${i} that the crossing at Kestrel Pass would stay open to trucks carrying grain, while Sylvanian officials asked for inspectors.</p>`,
  ).join('');

describe('readListingLinks', () => {
  it('reads a section front as its same-site article links, top of the page last', () => {
    const items = readListingLinks(
      `<html><body><nav><a href="/">Home</a><a href="/sport">Sport</a></nav><ul>${headlines(6)}</ul>` +
        `<a href="https://other.example/x">Freedonia talks elsewhere today</a></body></html>`,
      PAGE,
    );
    expect(items?.map((i) => new URL(i.url!).pathname)).toEqual(
      [6, 5, 4, 3, 2, 1].map((n) => `/world/freedonia-${n}`),
    );
    expect(items?.[5]?.title).toBe('Sylvanian envoy visits Freedonia, day 1');
  });

  it('keeps at most 100 links of a huge index', () => {
    expect(readListingLinks(`<ul>${headlines(150)}</ul>`, PAGE)).toHaveLength(100);
  });

  it.each([
    [
      'an article with a related-stories rail',
      `<article>${body(6)}</article><ul>${headlines(6)}</ul>`,
    ],
    ['a page with only a few headline links', `<ul>${headlines(4)}</ul>`],
    [
      'a page of navigation words',
      `<nav>${'<a href="/a">World</a><a href="/b">Sport news</a>'.repeat(5)}</nav>`,
    ],
    ['links to other sites', headlines(6).replaceAll('href="/', 'href="https://other.example/')],
  ])('is not a listing: %s', (_name, html) => {
    expect(readListingLinks(`<html><body>${html}</body></html>`, PAGE)).toBeNull();
  });
});
