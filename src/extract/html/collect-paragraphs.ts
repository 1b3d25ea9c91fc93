// Elements that start a new paragraph; everything else is inline text.
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
// Never text: scripts, styles, media and form controls.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'OBJECT',
  'EMBED',
]);

/**
 * The text of an element as paragraphs: each block element closes the paragraph before it
 * and opens a new one. Whitespace is not yet collapsed. Walks with its own stack, so that
 * nesting of any depth is read.
 */
export function collectParagraphs(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') out.push(current);
    current = '';
  };
  // Each entry is a node to read, or null for the end of a block element.
  const todo: (Node | null)[] = [];
  const pushChildren = (node: Node): void => {
    for (let child = node.lastChild; child; child = child.previousSibling) todo.push(child);
  };
  pushChildren(root);
  while (todo.length > 0) {
    const node = todo.pop();
    if (node === undefined) break;
    if (node === null) flush();
    else if (node.nodeType === 3) current += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (BLOCK.has(tag)) {
        flush();
        todo.push(null);
      }
      pushChildren(node);
    }
  }
  flush();
  return out;
}
