/** The content of the first `<meta>` whose property or name is one of `keys`, in key order. */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  const metas = Array.from(doc.querySelectorAll('meta'));
  for (const key of keys) {
    for (const m of metas) {
      const name = (
        m.getAttribute('property') ??
        m.getAttribute('name') ??
        m.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      if (name !== key) continue;
      const content = m.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
}
