import { decodeText } from './decode-text.js';
import type { FeedItem } from './feed-item.js';
import { parseFeedItems } from './parse-feed.js';
import { isSitemap, parseSitemap } from './parse-sitemap.js';
import { readListingLinks } from './read-listing.js';

/** What a watched source is; `auto` decides from the fetched content. */
export type SourceKind = 'auto' | 'feed' | 'sitemap' | 'page';

/**
 * A fetched source, read: feed or sitemap items, child sitemaps, the article links of a listing
 * page (a section front), or the page itself.
 */
export type SourceContent =
  | { kind: 'feed'; format: string; items: FeedItem[] }
  | { kind: 'listing'; items: FeedItem[] }
  | { kind: 'sitemap'; items: FeedItem[] }
  | { kind: 'sitemapindex'; sitemaps: { url: string; lastmod: string | null }[] }
  | { kind: 'page' };

/** Decides what a fetched body is (unless `kind` says) and reads its items. */
export function readSourceItems(
  fetched: { url: string; body: Uint8Array; contentType: string | null },
  kind: SourceKind,
): SourceContent {
  if (kind === 'page') return { kind: 'page' };
  const looksHtml = /html/i.test(fetched.contentType ?? '');
  let text: string;
  try {
    text = decodeText(fetched.body, fetched.contentType, fetched.url);
  } catch (err) {
    // An HTML page's charset is the extractor's to sort out; a feed's must be readable here.
    if (kind === 'auto' && looksHtml) return { kind: 'page' };
    throw err;
  }
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (
    kind === 'auto' &&
    (looksHtml || head.startsWith('<!doctype html') || head.startsWith('<html'))
  ) {
    const items = readListingLinks(text, fetched.url);
    return items ? { kind: 'listing', items } : { kind: 'page' };
  }
  if (kind === 'sitemap' || (kind === 'auto' && isSitemap(text))) {
    const map = parseSitemap(text, fetched.url);
    return map.kind === 'urlset'
      ? { kind: 'sitemap', items: map.items }
      : { kind: 'sitemapindex', sitemaps: map.sitemaps };
  }
  const feed = parseFeedItems(text, fetched.url);
  return { kind: 'feed', format: feed.format, items: feed.items };
}
