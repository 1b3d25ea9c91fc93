import { articleNodes, type JsonLdNode } from './read-json-ld.js';
import { metaContent } from './meta-content.js';

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'object' && value !== null && 'name' in value) return names(value.name);
  return [];
}

const clean = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();

// An author field that is a URL or a handle is not a byline.
const isName = (s: string): boolean =>
  s.length > 1 && s.length < 120 && !/^https?:|^@|\/\//.test(s);

/** The authors: JSON-LD author names, then meta author, then rel=author or a byline element. */
export function findByline(doc: Document, nodes: readonly JsonLdNode[]): string | null {
  for (const n of articleNodes(nodes)) {
    const list = names(n.author).map(clean).filter(isName);
    if (list.length > 0) return [...new Set(list)].join(', ');
  }
  const meta = metaContent(doc, [
    'author',
    'article:author',
    'dc.creator',
    'sailthru.author',
    'parsely-author',
  ]);
  if (meta && isName(clean(meta))) return clean(meta);
  const el = doc.querySelector(
    '[rel="author"], [itemprop="author"], .byline, .author-name, [class*="byline"]',
  );
  const text = clean(el?.textContent ?? '');
  return text && isName(text) ? text : null;
}
