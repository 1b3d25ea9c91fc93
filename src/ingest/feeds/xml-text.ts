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
