export type JsonLdNode = Record<string, unknown>;

function flatten(value: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const node = value as JsonLdNode;
  out.push(node);
  if ('@graph' in node) flatten(node['@graph'], out);
  // Articles nest their page or breadcrumb: search one level into object values.
  for (const [key, v] of Object.entries(node)) {
    if (key === '@graph') continue;
    if (typeof v === 'object' && v !== null && (Array.isArray(v) ? v.some(isTyped) : isTyped(v))) {
      flatten(v, out);
    }
  }
}

const isTyped = (v: unknown): boolean => typeof v === 'object' && v !== null && '@type' in v;

/** Every JSON-LD node of the page, with @graph and arrays flattened; bad blocks are skipped. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').trim();
    if (!raw) continue;
    try {
      flatten(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')), out);
    } catch {
      // Many pages ship broken JSON-LD; other sources still give the metadata.
    }
  }
  return out;
}

/** The node's @type values. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting/;

/** Nodes that describe the article, article types before web pages. */
export function articleNodes(nodes: readonly JsonLdNode[]): JsonLdNode[] {
  const scored = nodes
    .filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)))
    .map((n) => ({ n, page: typesOf(n).every((t) => /WebPage/.test(t)) ? 1 : 0 }));
  return scored.sort((a, b) => a.page - b.page).map((x) => x.n);
}

/** A string, or the first string of an array, or the `name` of an object. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v);
      if (t) return t;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null && 'name' in value) return textOf(value.name);
  return null;
}
