import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findDatelineDate } from '../../src/extract/dates/find-dateline-date.js';
import { findUrlDate } from '../../src/extract/dates/find-url-date.js';
import { normaliseDate } from '../../src/extract/dates/normalise-date.js';
import { findByline } from '../../src/extract/html/meta/find-byline.js';
import { findCanonicalUrl } from '../../src/extract/html/meta/find-canonical-url.js';
import { findDeclaredLang } from '../../src/extract/html/meta/find-declared-lang.js';
import { findJsonLdDate } from '../../src/extract/html/meta/find-json-ld-date.js';
import { findMetaDate } from '../../src/extract/html/meta/find-meta-date.js';
import { findSection } from '../../src/extract/html/meta/find-section.js';
import { findSiteName } from '../../src/extract/html/meta/find-site-name.js';
import { findTimeElementDate } from '../../src/extract/html/meta/find-time-element-date.js';
import { findTitle } from '../../src/extract/html/meta/find-title.js';
import { readJsonLd } from '../../src/extract/html/meta/read-json-ld.js';

const doc = (head: string, body = ''): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('findJsonLdDate', () => {
  it.each([
    [
      'plain article',
      ld({ '@type': 'NewsArticle', datePublished: '2024-11-05T08:30:00Z' }),
      '2024-11-05T08:30:00Z',
    ],
    [
      '@graph with a page and an article',
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', datePublished: '2020-01-01' },
          { '@type': 'NewsArticle', datePublished: '2024-03-24T10:00:00+08:00' },
        ],
      }),
      '2024-03-24T10:00:00+08:00',
    ],
    [
      'top-level array',
      ld([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: '2023-08-05' }]),
      '2023-08-05',
    ],
    ['date as an array', ld({ '@type': 'Article', datePublished: ['2025-04-28'] }), '2025-04-28'],
  ])('%s', (_name, head, expected) => {
    expect(findJsonLdDate(readJsonLd(doc(head)))).toBe(expected);
  });
  it.each([
    ['no JSON-LD', ''],
    ['broken JSON', '<script type="application/ld+json">{"@type": "Article", </script>'],
    ['modified date only', ld({ '@type': 'Article', dateModified: '2024-01-01' })],
    ['not a date', ld({ '@type': 'Article', datePublished: 'yesterday' })],
  ])('finds nothing: %s', (_name, head) => {
    expect(findJsonLdDate(readJsonLd(doc(head)))).toBeNull();
  });
});

describe('findMetaDate', () => {
  it.each([
    [
      '<meta property="article:published_time" content="2024-11-06T11:36:00+03:00">',
      '2024-11-06T11:36:00+03:00',
    ],
    ['<meta name="pubdate" content="20241105">', '2024-11-05'],
    ['<meta name="date" content="Nov 6, 2024">', '2024-11-06'],
  ])('%s', (head, expected) => {
    expect(findMetaDate(doc(head))).toBe(expected);
  });
  it.each([
    '<meta property="article:modified_time" content="2024-11-06">',
    '<meta name="date" content="tomorrow">',
    '<meta name="description" content="2024-11-06">',
  ])('finds nothing: %s', (head) => {
    expect(findMetaDate(doc(head))).toBeNull();
  });
});

describe('findTimeElementDate', () => {
  it('prefers the datePublished time over an earlier one', () => {
    const d = doc(
      '',
      '<time datetime="2019-01-01">old</time><time itemprop="datePublished" datetime="2024-07-21T09:00:00Z">Jul 21</time>',
    );
    expect(findTimeElementDate(d)).toBe('2024-07-21T09:00:00Z');
  });
  it('takes a plain time element', () => {
    expect(
      findTimeElementDate(doc('', '<p>Posted <time datetime="2024-06-19">June 19</time></p>')),
    ).toBe('2024-06-19');
  });
  it.each(['<time>June 19</time>', '<time datetime="soon">x</time>', '<p>no time</p>'])(
    'finds nothing: %s',
    (body) => {
      expect(findTimeElementDate(doc('', body))).toBeNull();
    },
  );
});

describe('findUrlDate', () => {
  it.each([
    ['https://news.example/2024/11/05/story-title', '2024-11-05'],
    ['https://news.example/2024/7/21/ph-china-deal', '2024-07-21'],
    ['https://news.example/world/2025-04-26/russia-says', '2025-04-26'],
    ['https://news.example/articles/264135/20241223/title.htm', '2024-12-23'],
    ['https://news.example/view.php?ud=20241105050136', '2024-11-05'],
  ])('%s', (url, expected) => {
    expect(findUrlDate(url)).toBe(expected);
  });
  it.each([
    'https://news.example/world/1866967',
    'https://news.example/2024/13/45/not-a-date',
    'https://news.example/news/article-12345678',
    'https://news.example/2024/',
  ])('finds nothing: %s', (url) => {
    expect(findUrlDate(url)).toBeNull();
  });
});

describe('findDatelineDate', () => {
  it.each([
    ['MANILA, March 24, 2024 (AFP) - The coast guard said two boats collided.', '2024-03-24'],
    ['6 Nov 2024 11:36\n\nThe council voted on Wednesday.', '2024-11-06'],
    ['Published: 05 Nov. 2024, 13:51', '2024-11-05'],
    ['10/18/2024 The agency said', '2024-10-18'],
    ['Ana Ruiz | June 20, 2024, 07:06 PM', '2024-06-20'],
  ])('%s', (text, expected) => {
    expect(findDatelineDate(text)).toBe(expected);
  });
  it.each([
    'The treaty was signed on June 19, 2024 during a visit to the capital.',
    'MOSCOW, November 6. /TASS/. The council approved the bill.',
    'No date at all in this opening paragraph.',
  ])('finds nothing: %s', (text) => {
    expect(findDatelineDate(text)).toBeNull();
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2024-11-06', '2024-11-06'],
    ['2024-11-06T11:36:00+0300', '2024-11-06T11:36:00+03:00'],
    ['2024-11-06 11:36', '2024-11-06T11:36:00'],
    ['Wed, 6 Nov 2024 11:36:00 GMT', '2024-11-06'],
  ])('%s', (v, expected) => {
    expect(normaliseDate(v)).toBe(expected);
  });
  it.each(['', '2024-02-30', 'last week', '1850-01-01'])('rejects %j', (v) => {
    expect(normaliseDate(v)).toBeNull();
  });
});

describe('findTitle', () => {
  it.each([
    [
      'JSON-LD headline first',
      ld({ '@type': 'NewsArticle', headline: 'Ships collide near the shoal' }) +
        '<meta property="og:title" content="Other">',
      'Ships collide near the shoal',
    ],
    [
      'og:title without the site',
      '<meta property="og:title" content="Ships collide near the shoal | Harbour Times">',
      'Ships collide near the shoal',
    ],
    [
      'title element without the site',
      '<title>Ships collide near the shoal - Harbour Times</title>',
      'Ships collide near the shoal',
    ],
  ])('%s', (_name, head, expected) => {
    const d = doc(head);
    expect(findTitle(d, readJsonLd(d), 'Harbour Times')).toBe(expected);
  });
  it('keeps a short title whole when the split would leave a fragment', () => {
    const d = doc('<title>Live - Updates</title>');
    expect(findTitle(d, [], null)).toBe('Live - Updates');
  });
  it('finds nothing on a page without a title', () => {
    const d = doc('', '<h1>One</h1><h1>Two</h1>');
    expect(findTitle(d, [], null)).toBeNull();
  });
});

describe('findSection', () => {
  it('reads a BreadcrumbList in position order and drops Home and the title', () => {
    const d = doc(
      ld({
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 3, name: 'Asia' },
          { '@type': 'ListItem', position: 1, item: { name: 'Home' } },
          { '@type': 'ListItem', position: 2, name: 'World' },
          { '@type': 'ListItem', position: 4, name: 'The headline' },
        ],
      }),
    );
    expect(findSection(d, readJsonLd(d), 'The headline')).toEqual(['World', 'Asia']);
  });
  it('reads breadcrumb markup', () => {
    const d = doc(
      '',
      '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/world/europe">Europe</a></li></ol></nav>',
    );
    expect(findSection(d, [], null)).toEqual(['World', 'Europe']);
  });
  it('falls back to article:section', () => {
    expect(
      findSection(doc('<meta property="article:section" content="Politics">'), [], null),
    ).toEqual(['Politics']);
  });
  it('finds nothing without crumbs', () => {
    expect(findSection(doc('', '<ul class="menu"><li>World</li></ul>'), [], null)).toEqual([]);
  });
});

describe('findByline, findSiteName, findCanonicalUrl, findDeclaredLang', () => {
  it('joins JSON-LD authors and drops "By"', () => {
    const d = doc(
      ld({
        '@type': 'NewsArticle',
        author: [{ '@type': 'Person', name: 'By Ana Ruiz' }, { name: 'Tom Lee' }],
      }),
    );
    expect(findByline(d, readJsonLd(d))).toBe('Ana Ruiz, Tom Lee');
  });
  it('takes a byline element, not an author URL', () => {
    const d = doc(
      '<meta name="author" content="https://social.example/ana">',
      '<span class="byline">By Ana Ruiz</span>',
    );
    expect(findByline(d, [])).toBe('Ana Ruiz');
    expect(findByline(doc(''), [])).toBeNull();
  });
  it('names the site from og:site_name or the publisher', () => {
    expect(findSiteName(doc('<meta property="og:site_name" content="Harbour Times">'), [])).toBe(
      'Harbour Times',
    );
    const d = doc(
      ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Coast Daily' } }),
    );
    expect(findSiteName(d, readJsonLd(d))).toBe('Coast Daily');
    expect(findSiteName(doc(''), [])).toBeNull();
  });
  it('makes the canonical URL absolute', () => {
    expect(
      findCanonicalUrl(doc('<link rel="canonical" href="/news/1">'), 'https://a.example/x?y=1'),
    ).toBe('https://a.example/news/1');
    expect(findCanonicalUrl(doc(''), 'https://a.example/x')).toBeNull();
  });
  it('reads the declared language', () => {
    const withLang = parseHTML('<html lang="de-DE"><head></head><body></body></html>')
      .document as unknown as Document;
    expect(findDeclaredLang(withLang)).toBe('de');
    expect(findDeclaredLang(doc('<meta property="og:locale" content="fr_FR">'))).toBe('fr');
    expect(findDeclaredLang(doc(''))).toBeNull();
  });
});
