const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text content of an XML element body: CDATA unwrapped, entities decoded, trimmed. */
export function xmlText(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  if (cdata) return (cdata[1] ?? '').trim();
  return raw
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .trim();
}

/** The name of the document's root element, after the prolog, comments and doctype. */
export function xmlRootName(text: string): string | null {
  const stripped = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /^\s*<([A-Za-z_][\w:.-]*)/.exec(stripped)?.[1] ?? null;
}

/** True when the root element is closed at the end: a cut-off download is not. */
export function xmlIsComplete(text: string, root: string): boolean {
  const tail = text
    .slice(-4096)
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimEnd();
  return tail.endsWith(`</${root}>`) || new RegExp(`<${root}[^>]*/>$`).test(tail);
}

// Markup in document order: comment, CDATA, processing instruction, doctype, end tag, start tag.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<\/([^\s>]+)\s*>|<([A-Za-z_][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/gi;

/**
 * The first nesting fault of an XML text ("line 3: </item> closes <title>"), or null when
 * every element is closed in order. Used to say where a feed the parser refused goes wrong.
 *
 * @example
 * findXmlFault('<rss><item><title>x</item></rss>'); // 'line 1: </item> closes <title>'
 */
export function findXmlFault(text: string): string | null {
  const open: { name: string; at: number }[] = [];
  const lineAt = (index: number): number => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(MARKUP)) {
    const [, closing, opening, selfClosing] = m;
    if (opening && !selfClosing) open.push({ name: opening, at: m.index });
    if (!closing) continue;
    const top = open.pop();
    if (!top) return `line ${lineAt(m.index)}: </${closing}> closes no open element`;
    if (top.name !== closing) {
      return `line ${lineAt(m.index)}: </${closing}> closes <${top.name}> (opened on line ${lineAt(top.at)})`;
    }
  }
  const left = open.pop();
  return left ? `line ${lineAt(left.at)}: <${left.name}> is never closed` : null;
}
