import { typesOf, type JsonLdNode } from './read-json-ld.js';
import { metaContent } from './meta-content.js';

// The site's root crumb says nothing about the section.
const ROOT = /^(home|home ?page|start|startseite|accueil|inicio|главная|الرئيسية|news)$/i;

function fromBreadcrumbList(nodes: readonly JsonLdNode[]): string[] {
  for (const n of nodes) {
    if (!typesOf(n).includes('BreadcrumbList')) continue;
    const items = Array.isArray(n.itemListElement) ? (n.itemListElement as unknown[]) : [];
    const named = items
      .map((it) => {
        if (typeof it !== 'object' || it === null) return { pos: 0, name: '' };
        const o = it as Record<string, unknown>;
        const inner =
          typeof o.item === 'object' && o.item !== null ? (o.item as Record<string, unknown>) : {};
        const name =
          typeof o.name === 'string' ? o.name : typeof inner.name === 'string' ? inner.name : '';
        return { pos: Number(o.position ?? 0), name: name.trim() };
      })
      .sort((a, b) => a.pos - b.pos)
      .map((x) => x.name);
    if (named.length > 0) return named;
  }
  return [];
}

function fromMarkup(doc: Document): string[] {
  const container = doc.querySelector(
    '[itemtype*="BreadcrumbList"], nav[aria-label*="readcrumb" i], .breadcrumb, .breadcrumbs, [class*="breadcrumb"], [id*="breadcrumb"]',
  );
  if (!container) return [];
  const items = Array.from(container.querySelectorAll('[itemprop="name"], li, a'));
  const seen: string[] = [];
  for (const el of items) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (
      t &&
      t.length < 60 &&
      !seen.includes(t) &&
      !seen.some((s) => s.includes(t) || t.includes(s))
    )
      seen.push(t);
  }
  return seen;
}

/**
 * The section path from JSON-LD BreadcrumbList, then breadcrumb markup, then article:section;
 * the root crumb ("Home") and the article's own title are dropped.
 */
export function findSection(
  doc: Document,
  nodes: readonly JsonLdNode[],
  title: string | null,
): string[] {
  let path = fromBreadcrumbList(nodes);
  if (path.length === 0) path = fromMarkup(doc);
  path = path.filter((p) => p && !ROOT.test(p) && p !== title);
  if (path.length > 0) return path;
  const section = metaContent(doc, ['article:section']);
  return section ? [section] : [];
}
