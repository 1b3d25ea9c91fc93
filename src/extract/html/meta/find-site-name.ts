import { textOf, typesOf, type JsonLdNode } from './read-json-ld.js';
import { metaContent } from './meta-content.js';

/** The outlet's name: og:site_name, then the JSON-LD publisher or WebSite/Organization name. */
export function findSiteName(doc: Document, nodes: readonly JsonLdNode[]): string | null {
  const og = metaContent(doc, ['og:site_name', 'application-name', 'twitter:site']);
  if (og && !og.startsWith('@')) return og;
  for (const n of nodes) {
    const publisher = textOf(n.publisher);
    if (publisher) return publisher;
  }
  for (const n of nodes) {
    if (
      typesOf(n).some(
        (t) => t === 'WebSite' || t === 'NewsMediaOrganization' || t === 'Organization',
      )
    ) {
      const name = textOf(n.name);
      if (name) return name;
    }
  }
  return og ? og.replace(/^@/, '') : null;
}
