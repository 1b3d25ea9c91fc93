import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inventedArticleHtml } from '../../src/bench/watch-soak.js';
import { startLoopbackServer, type LoopbackServer } from '../fetch/loopback-server.js';

export interface FeedItemSpec {
  slug: string;
  day: string;
}

/** A loopback news site whose feeds, sitemap and pages the test changes over time. */
export interface NewsSite {
  server: LoopbackServer;
  base: string;
  items: FeedItemSpec[];
  /** Paths answered with this status instead of content. */
  failing: Map<string, number>;
  /** Raw bodies served as-is at a path (content type given). */
  raw: Map<string, { type: string; body: Buffer | string }>;
  /** Paths whose body is cut off mid-way (the connection closes before Content-Length). */
  cut: Set<string>;
  /** Requests per path. */
  hits: Map<string, number>;
  /** Requests answered 304. */
  notModified: number;
  pageText: string;
  /** Delay before answering a story, to catch a watcher mid-pass. */
  storyDelayMs: number;
  /** Paths answered only once their promise settles. */
  hold: Map<string, Promise<void>>;
}

function rss(site: NewsSite): string {
  const items = site.items
    .map(
      (i) =>
        `<item><title>Story ${i.slug}</title><link>${site.base}/story/${i.slug}</link><guid>urn:story:${i.slug}</guid><pubDate>${new Date(`${i.day}T09:00:00Z`).toUTCString()}</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Loopback news</title><link>${site.base}/</link>${items}</channel></rss>`;
}

function sitemap(site: NewsSite): string {
  const urls = site.items
    .map(
      (i) =>
        `<url><loc>${site.base}/story/${i.slug}</loc><news:news><news:publication_date>${i.day}T09:00:00Z</news:publication_date><news:title>Story ${i.slug}</news:title></news:news></url>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls}</urlset>`;
}

/** A section front: site navigation, then a headline link (and a short teaser) per story. */
function sectionFront(site: NewsSite): string {
  const teasers = site.items
    .map(
      (i) =>
        `<div class="teaser"><h2><a href="/story/${i.slug}">Freedonia and Sylvania talks, part ${i.slug}</a></h2><p>Envoys met again.</p></div>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><title>World</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main>${teasers}<p><a href="http://elsewhere.example/story/x">Another outlet covers the same talks</a></p></main></body></html>`;
}

export async function startNewsSite(): Promise<NewsSite> {
  const site = {
    items: [],
    failing: new Map(),
    raw: new Map(),
    cut: new Set(),
    hits: new Map(),
    notModified: 0,
    pageText: 'first version',
    storyDelayMs: 0,
    hold: new Map(),
  } as unknown as NewsSite;
  site.server = await startLoopbackServer((req, res) => {
    const held = site.hold.get((req.url ?? '/').split('?')[0]!);
    if (held) void held.then(() => answer(req, res));
    else answer(req, res);
  });
  site.base = site.server.base;
  return site;

  function answer(req: IncomingMessage, res: ServerResponse): unknown {
    const path = (req.url ?? '/').split('?')[0]!;
    site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
    const failing = site.failing.get(path);
    if (failing) return res.writeHead(failing).end();
    if (site.cut.has(path)) {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '5000' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Cut');
      return void setTimeout(() => res.destroy(), 20);
    }
    const raw = site.raw.get(path);
    if (raw) {
      res.writeHead(200, { 'content-type': raw.type });
      return res.end(raw.body);
    }
    let body: string;
    let type = 'text/html; charset=utf-8';
    if (path === '/feed.xml') {
      body = rss(site);
      type = 'application/rss+xml; charset=utf-8';
    } else if (path === '/sitemap.xml') {
      body = sitemap(site);
      type = 'application/xml';
    } else if (path === '/live') {
      body = `<!DOCTYPE html><html><head><title>Live page</title></head><body><article><h1>Live</h1><p>Freedonia said the crossing is open, ${site.pageText}.</p></article></body></html>`;
    } else if (path === '/world') {
      body = sectionFront(site);
    } else if (path.startsWith('/story/')) {
      const slug = path.slice(7);
      const item = site.items.find((i) => i.slug === slug);
      if (!item) return res.writeHead(404).end();
      body = inventedArticleHtml(`story-${slug}`, new Date(`${item.day}T09:00:00Z`));
    } else {
      return res.writeHead(404).end();
    }
    if (site.storyDelayMs > 0 && path.startsWith('/story/')) {
      return void setTimeout(() => send(body, type), site.storyDelayMs);
    }
    send(body, type);
    function send(body: string, type: string): void {
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) {
        site.notModified++;
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': type, etag });
      res.end(body);
    }
  }
}
