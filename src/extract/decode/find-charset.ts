import iconv from 'iconv-lite';

// Labels the WHATWG encoding standard maps onto windows-1252.
const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'latin1',
  'latin-1',
  'us-ascii',
  'ascii',
  'l1',
  'iso8859-1',
]);

function normalise(label: string | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (LATIN1_LABELS.has(l)) return 'windows-1252';
  return iconv.encodingExists(l) ? l : null;
}

function fromBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function fromMeta(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 4096)).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return normalise(meta);
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * The charset the bytes name for themselves (BOM, Content-Type header, `<meta charset>` or an XML
 * declaration), normalised; null when they name none.
 */
export function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string | null {
  return (
    fromBom(bytes) ??
    normalise(/charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]) ??
    fromMeta(bytes)
  );
}

/**
 * The charset to decode with: the Content-Type header, then a BOM (it cannot lie), then
 * `<meta charset>`/`http-equiv`, then a sniff: valid UTF-8, else windows-1252.
 */
export function findCharset(bytes: Uint8Array, contentType: string | undefined): string {
  const header = normalise(/charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]);
  // A byte-order mark outranks every label (as in the HTML standard): it cannot be stale.
  const bom = fromBom(bytes);
  if (bom) return bom;
  if (header) return header;
  const meta = fromMeta(bytes);
  // Pages that declare a legacy charset yet are valid UTF-8 with non-ASCII bytes were converted without updating <meta>.
  if (meta && meta !== 'utf-8' && !(isValidUtf8(bytes) && hasNonAscii(bytes))) return meta;
  if (meta === 'utf-8' || meta === 'utf8') return 'utf-8';
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function hasNonAscii(b: Uint8Array): boolean {
  for (const x of b) if (x > 127) return true;
  return false;
}
