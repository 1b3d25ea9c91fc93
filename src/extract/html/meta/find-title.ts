import { articleNodes, textOf, type JsonLdNode } from './read-json-ld.js';
import { metaContent } from './meta-content.js';

// "Headline | Site", "Headline - Site", "Headline — Site": the site part goes.
function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+[»:]\s+(?=[^:»]+$)/);
  if (parts.length < 2) return title;
  if (siteName) {
    const kept = parts.filter((p) => p.trim().toLowerCase() !== siteName.toLowerCase());
    if (kept.length < parts.length) return kept.join(' - ').trim();
  }
  const first = parts[0] ?? title;
  // Only drop the tail when the head is clearly the longer, headline-like part.
  return first.split(/\s+/).length >= 3 ? first.trim() : title;
}

/** The headline: JSON-LD headline, og:title, the one h1, then <title> without the site name. */
export function findTitle(
  doc: Document,
  nodes: readonly JsonLdNode[],
  siteName: string | null,
): string | null {
  for (const n of articleNodes(nodes)) {
    const t = textOf(n.headline);
    if (t) return t;
  }
  const og = metaContent(doc, ['og:title', 'twitter:title']);
  if (og) return stripSiteSuffix(og, siteName);
  const h1s = Array.from(doc.querySelectorAll('h1'));
  if (h1s.length === 1) {
    const t = (h1s[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return title ? stripSiteSuffix(title, siteName) : null;
}
