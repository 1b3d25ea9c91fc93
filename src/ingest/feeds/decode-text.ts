import iconv from 'iconv-lite';
import { SourceFormatError } from './source-error.js';

/** The charset a body declares: Content-Type first, then the XML declaration, then a BOM. */
export function findCharset(body: Uint8Array, contentType: string | null): string | null {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = Buffer.from(body.subarray(0, 256)).toString('latin1');
  const fromXml =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(
      head,
    )?.[1];
  if (fromXml) return fromXml.toLowerCase();
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * Decodes a fetched body to text in its declared charset (UTF-8 when none is declared).
 * Bytes that are not valid in that charset give a clear error rather than garbled text.
 */
export function decodeText(body: Uint8Array, contentType: string | null, url: string): string {
  const charset = findCharset(body, contentType) ?? 'utf-8';
  if (charset === 'utf-8' || charset === 'utf8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
    } catch {
      throw new SourceFormatError(
        url,
        'body is not valid UTF-8 though no other charset is declared: the source sends a wrong encoding',
      );
    }
  }
  if (!iconv.encodingExists(charset)) {
    throw new SourceFormatError(url, `body declares an unknown charset "${charset}"`);
  }
  return iconv.decode(Buffer.from(body), charset).replace(/^\uFEFF/, '');
}
