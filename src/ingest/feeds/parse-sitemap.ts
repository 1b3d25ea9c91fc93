import type { FeedItem } from './feed-item.js';
import { SourceFormatError } from './source-error.js';
import { xmlIsComplete, xmlRootName, xmlText } from './xml-text.js';

/** A sitemap: pages (urlset, news sitemaps included) or further sitemaps (sitemapindex). */
export type Sitemap =
  | { kind: 'urlset'; items: FeedItem[] }
  | { kind: 'sitemapindex'; sitemaps: { url: string; lastmod: string | null }[] };

function tag(block: string, name: string): string | null {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(block);
  return m ? xmlText(m[1] ?? '') || null : null;
}

function blocks(text: string, name: string): string[] {
  return [...text.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'gi'))].map(
    (m) => m[1] ?? '',
  );
}

/** True when the text looks like a sitemap (so callers can route it here). */
export function isSitemap(text: string): boolean {
  const root = xmlRootName(text)?.replace(/^\w+:/, '');
  return root === 'urlset' || root === 'sitemapindex';
}

/**
 * Parses a sitemap or sitemap index (sitemaps.org), reading Google News
 * `news:publication_date` and `news:title` where present.
 *
 * @example
 * const map = parseSitemap(xml, 'https://example.org/news-sitemap.xml');
 * if (map.kind === 'urlset') console.log(map.items.length);
 */
export function parseSitemap(text: string, url: string): Sitemap {
  const root = xmlRootName(text);
  const local = root?.replace(/^\w+:/, '');
  if (!root || (local !== 'urlset' && local !== 'sitemapindex')) {
    throw new SourceFormatError(
      url,
      'not a sitemap: the root element is not <urlset> or <sitemapindex>',
    );
  }
  if (!xmlIsComplete(text, root)) {
    throw new SourceFormatError(url, `sitemap is truncated: <${root}> is never closed`);
  }
  if (local === 'sitemapindex') {
    const sitemaps = blocks(text, 'sitemap')
      .map((b) => ({ url: resolve(tag(b, 'loc'), url), lastmod: tag(b, 'lastmod') }))
      .filter((s): s is { url: string; lastmod: string | null } => s.url !== null);
    return { kind: 'sitemapindex', sitemaps };
  }
  const items: FeedItem[] = [];
  for (const b of blocks(text, 'url')) {
    const loc = resolve(tag(b, 'loc'), url);
    if (!loc) continue;
    const published = tag(b, 'news:publication_date') ?? tag(b, 'lastmod');
    items.push({ key: loc, url: loc, title: tag(b, 'news:title'), published });
  }
  return { kind: 'urlset', items };
}

function resolve(loc: string | null, base: string): string | null {
  if (!loc) return null;
  try {
    return new URL(loc, base).href;
  } catch {
    return null;
  }
}
