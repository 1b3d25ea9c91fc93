import { metaContent } from './meta-content.js';

/** The page's canonical address (link rel=canonical, then og:url), made absolute against `url`. */
export function findCanonicalUrl(doc: Document, url: string | undefined): string | null {
  const href =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() ||
    metaContent(doc, ['og:url']);
  if (!href) return null;
  try {
    return new URL(href, url).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}
