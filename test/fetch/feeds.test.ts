import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/feeds/decode-text.js';
import { parseFeedItems } from '../../src/ingest/feeds/parse-feed.js';
import { parseSitemap } from '../../src/ingest/feeds/parse-sitemap.js';
import { readSourceItems } from '../../src/ingest/feeds/read-source-items.js';
import { findXmlFault } from '../../src/ingest/feeds/xml-text.js';

const BASE = 'https://news.example/feed';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example wire</title><link>https://news.example/</link>
<item><title>Talks resume</title><link>/world/talks</link><guid isPermaLink="false">wire-1</guid>
<pubDate>Mon, 04 Nov 2024 10:00:00 GMT</pubDate></item>
<item><title>No guid here</title><link>https://news.example/world/second</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<id>urn:feed</id><updated>2024-11-04T10:00:00Z</updated>
<entry><title>Entry one</title><id>urn:entry:1</id><link rel="alternate" href="https://news.example/e1"/>
<updated>2024-11-05T08:00:00Z</updated></entry></feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>R</title><link>https://news.example/</link></channel>
<item rdf:about="https://news.example/r1"><title>R one</title><link>https://news.example/r1</link>
<dc:date>2024-11-03</dc:date></item></rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'J',
  items: [{ id: 'j1', url: 'https://news.example/j1', date_published: '2024-11-02T00:00:00Z' }],
});

const NEWS_SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/a?x=1&amp;y=2</loc><news:news><news:publication>
<news:name>Example</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-11-04T09:00:00Z</news:publication_date><news:title>Story A</news:title>
</news:news></url>
<url><loc>https://news.example/b</loc><lastmod>2024-11-01</lastmod></url>
</urlset>`;

const INDEX = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/s1.xml</loc><lastmod>2024-11-04</lastmod></sitemap>
<sitemap><loc>https://news.example/s2.xml</loc></sitemap></sitemapindex>`;

describe('parseFeedItems', () => {
  it('reads RSS 2.0 items: guid as key, links made absolute, dates as ISO', () => {
    const { format, items } = parseFeedItems(RSS, BASE);
    expect(format).toBe('rss');
    expect(items).toEqual([
      {
        key: 'wire-1',
        url: 'https://news.example/world/talks',
        title: 'Talks resume',
        published: '2024-11-04T10:00:00.000Z',
      },
      {
        key: 'https://news.example/world/second',
        url: 'https://news.example/world/second',
        title: 'No guid here',
        published: null,
      },
    ]);
  });

  it('reads Atom, RDF and JSON Feed', () => {
    expect(parseFeedItems(ATOM, BASE).items[0]).toMatchObject({
      key: 'urn:entry:1',
      url: 'https://news.example/e1',
      title: 'Entry one',
    });
    expect(parseFeedItems(RDF, BASE).items[0]).toMatchObject({
      key: 'https://news.example/r1',
      url: 'https://news.example/r1',
    });
    expect(parseFeedItems(JSON_FEED, BASE).items[0]).toMatchObject({
      key: 'j1',
      url: 'https://news.example/j1',
    });
  });

  it('gives a clear error for truncated, malformed and non-feed documents', () => {
    expect(() => parseFeedItems(RSS.slice(0, 200), BASE)).toThrow(/feed is truncated/);
    expect(() =>
      parseFeedItems('<rss><channel>\n<item><title>x</item></channel></rss>', BASE),
    ).toThrow(
      'feed is not well-formed XML (line 2: </item> closes <title> (opened on line 2)): the source publishes a broken file',
    );
    expect(() => parseFeedItems('{"hello": 1}', BASE)).toThrow(/not a feed/);
    expect(() =>
      parseFeedItems('{"version": "https://jsonfeed.org/version/1.1", "items": [', BASE),
    ).toThrow(/malformed|not a feed/);
    expect(() => parseFeedItems('plain words', BASE)).toThrow(/not a feed/);
  });
});

describe('findXmlFault', () => {
  it('names the first element closed out of order, or left open, with its line', () => {
    expect(findXmlFault('<a>\n<b>\n</a>')).toBe('line 3: </a> closes <b> (opened on line 2)');
    expect(findXmlFault('<a></a></b>')).toBe('line 1: </b> closes no open element');
    expect(findXmlFault('<a>\n<b></b>')).toBe('line 1: <a> is never closed');
  });

  it('accepts comments, CDATA, a doctype, self-closed tags and quoted > in attributes', () => {
    const ok =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss a="1 > 0"><!-- <b> --><c/><d><![CDATA[<e>]]></d></rss>';
    expect(findXmlFault(ok)).toBeNull();
  });
});

describe('parseSitemap', () => {
  it('reads a news sitemap with publication dates and titles', () => {
    const map = parseSitemap(NEWS_SITEMAP, BASE);
    expect(map).toEqual({
      kind: 'urlset',
      items: [
        {
          key: 'https://news.example/a?x=1&y=2',
          url: 'https://news.example/a?x=1&y=2',
          title: 'Story A',
          published: '2024-11-04T09:00:00Z',
        },
        {
          key: 'https://news.example/b',
          url: 'https://news.example/b',
          title: null,
          published: '2024-11-01',
        },
      ],
    });
  });

  it('reads a sitemap index and refuses a truncated sitemap', () => {
    const map = parseSitemap(INDEX, BASE);
    expect(map.kind === 'sitemapindex' ? map.sitemaps.map((s) => s.url) : []).toEqual([
      'https://news.example/s1.xml',
      'https://news.example/s2.xml',
    ]);
    expect(() => parseSitemap(NEWS_SITEMAP.slice(0, 300), BASE)).toThrow(/truncated/);
  });
});

describe('decodeText and readSourceItems', () => {
  it('decodes the charset the XML declaration names', () => {
    const xml =
      '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Т</title><item><title>Москва</title><link>https://news.example/m</link></item></channel></rss>';
    const bytes = iconv.encode(xml, 'windows-1251');
    const content = readSourceItems(
      { url: BASE, body: bytes, contentType: 'application/xml' },
      'auto',
    );
    expect(content.kind === 'feed' ? content.items[0]?.title : null).toBe('Москва');
  });

  it('refuses bytes that are not valid UTF-8 when no charset is declared', () => {
    const bytes = iconv.encode('<rss><channel><title>Café</title></channel></rss>', 'latin1');
    expect(() => decodeText(bytes, 'application/rss+xml', BASE)).toThrow(/not valid UTF-8/);
    expect(() => decodeText(bytes, 'text/xml; charset=x-made-up', BASE)).toThrow(/unknown charset/);
  });

  it('routes feeds, sitemaps and pages', () => {
    const read = (body: string, contentType: string | null) =>
      readSourceItems({ url: BASE, body: Buffer.from(body), contentType }, 'auto').kind;
    expect(read(RSS, 'application/rss+xml')).toBe('feed');
    expect(read(NEWS_SITEMAP, 'application/xml')).toBe('sitemap');
    expect(read(INDEX, null)).toBe('sitemapindex');
    expect(read('<!DOCTYPE html><html><body>x</body></html>', null)).toBe('page');
    expect(read('<p>x</p>', 'text/html; charset=utf-8')).toBe('page');
  });
});

describe('retry delays', () => {
  it('reads Retry-After as seconds or an HTTP date, and backs off with jitter', async () => {
    const { parseRetryAfter, backoffDelay } = await import('../../src/ingest/fetch/retry-delay.js');
    expect(parseRetryAfter('120')).toBe(120_000);
    const now = Date.parse('2024-11-04T10:00:00Z');
    expect(parseRetryAfter('Mon, 04 Nov 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(backoffDelay(0, 500, 60_000, () => 1)).toBe(500);
    expect(backoffDelay(3, 500, 60_000, () => 0)).toBe(2000);
    expect(backoffDelay(20, 500, 60_000, () => 1)).toBe(60_000);
  });
});
