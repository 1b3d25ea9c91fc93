import { htmlLibraries } from '../../extract/html/html-libraries.js';
import type { FeedItem } from './feed-item.js';

/** Most article links taken from one listing page. */
export const MAX_LISTING_LINKS = 100;
/** Fewest headline links that make a page a listing. */
const MIN_HEADLINES = 5;
/** Fewest words in a link's text for it to read as a headline (not "World" or "More"). */
const MIN_HEADLINE_WORDS = 3;

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/** The page's same-site links to other pages whose text reads as a headline, in page order. */
function headlineLinks(document: Document, page: URL): { url: string; title: string }[] {
  const found = new Map<string, string>();
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const title = words(a.textContent ?? '').join(' ');
    if (words(title).length < MIN_HEADLINE_WORDS) continue;
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', page);
    } catch {
      continue;
    }
    target.hash = '';
    const sameSite = target.host === page.host && /^https?:$/.test(target.protocol);
    if (!sameSite || target.pathname === '/' || target.href === page.href) continue;
    if (!found.has(target.href)) found.set(target.href, title);
  }
  return [...found].map(([url, title]) => ({ url, title }));
}

/** Prose of the article body: the most unlinked paragraph text any one element holds directly. */
function bodyChars(document: Document): number {
  const byParent = new Map<Element, number>();
  for (const p of Array.from(document.querySelectorAll('p'))) {
    if (!p.parentElement) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a')))
      linked += (a.textContent ?? '').trim().length;
    const prose = Math.max(0, (p.textContent ?? '').trim().length - linked);
    byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + prose);
  }
  return Math.max(0, ...byParent.values());
}

/**
 * Reads an HTML page as a listing (a section front, an index of articles) when it is one: at
 * least five same-site headline links, whose text outweighs the prose of any article body on the
 * page (an article with a "related stories" rail keeps its body). Returns the linked articles as
 * items, top of the page last (so a pass that takes only the last few takes the top ones), at
 * most {@link MAX_LISTING_LINKS}; null when the page is not a listing.
 */
export function readListingLinks(html: string, pageUrl: string): FeedItem[] | null {
  const { document } = htmlLibraries().parseHTML(html);
  if (!document.documentElement) return null;
  const links = headlineLinks(document as unknown as Document, new URL(pageUrl));
  if (links.length < MIN_HEADLINES) return null;
  const linkChars = links.reduce((n, l) => n + l.title.length, 0);
  if (linkChars <= bodyChars(document as unknown as Document)) return null;
  return links
    .slice(0, MAX_LISTING_LINKS)
    .reverse()
    .map((l) => ({ key: l.url, url: l.url, title: l.title, published: null }));
}
