import { normaliseDate } from '../../dates/normalise-date.js';
import { articleNodes, type JsonLdNode } from './read-json-ld.js';

/** datePublished (else dateCreated) of the page's article node, @graph and arrays included. */
export function findJsonLdDate(nodes: readonly JsonLdNode[]): string | null {
  for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
    for (const n of articleNodes(nodes).concat(nodes)) {
      const v = n[key];
      const values = Array.isArray(v) ? v : [v];
      for (const x of values) {
        if (typeof x !== 'string') continue;
        const d = normaliseDate(x);
        if (d) return d;
      }
    }
  }
  return null;
}
