/** The element's class and id, lower-cased, for matching by role words. */
export function signatureOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Words in a class or id, split on spaces, dashes, underscores and camelCase humps. */
export function signatureWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/** Visible text length of an element, whitespace collapsed. */
export function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textLength(a);
  return Math.min(1, linked / total);
}

/**
 * Removes the elements under root (not root, not anything holding most of root's text) for
 * which `matches` is true.
 */
export function removeWhere(root: Element, matches: (el: Element) => boolean): void {
  const total = textLength(root);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.parentNode) continue;
    if (!matches(el)) continue;
    // Never take out the article itself because a wrapper carries a misleading class.
    if (total > 0 && textLength(el) > total * 0.5) continue;
    el.remove();
  }
}
