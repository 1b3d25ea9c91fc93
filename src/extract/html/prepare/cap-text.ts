// Text inside these is never article text, so it does not count against the budget.
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Keeps at most `maxChars` characters of a parsed page's body text (outside scripts and styles), in
 * document order, and empties the text nodes after that. Readability and the cleanup rules run
 * regexes over every paragraph, so one paragraph of 10 MB cost a minute and a gigabyte.
 * Returns the text kept and the text there was, or null when all of it fits.
 *
 * @example
 * capText(document, 400_000); // <p>{10 MB}</p> -> <p>{the first 400,000 characters}</p>
 */
export function capText(doc: Document, maxChars: number): { kept: number; total: number } | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  let total = 0;
  const todo: Node[] = [root];
  while (todo.length > 0) {
    const node = todo.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const room = Math.max(0, maxChars - total);
      if (value.length > room) node.nodeValue = value.slice(0, room);
      total += value.length;
    } else if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).tagName.toUpperCase())) {
      for (let c = node.lastChild; c; c = c.previousSibling) todo.push(c);
    }
  }
  return total > maxChars ? { kept: maxChars, total } : null;
}
