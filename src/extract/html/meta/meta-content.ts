// One pass over a page's <meta> elements, kept per document: the finders ask many keys.
const cache = new WeakMap<Document, Map<string, string>>();

function metaIndex(doc: Document): Map<string, string> {
  let index = cache.get(doc);
  if (index) return index;
  index = new Map();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const name = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = m.getAttribute('content')?.trim();
    // The first one wins, as in document order.
    if (name && content && !index.has(name)) index.set(name, content);
  }
  cache.set(doc, index);
  return index;
}

/** The content of the first `<meta>` whose property or name is one of `keys`, in key order. */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const v = index.get(key);
    if (v) return v;
  }
  return null;
}
