import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ExtractError } from '../extract-error.js';
import { declaredCharset, findCharset } from './find-charset.js';
import { looksBinary, looksBinaryText } from './looks-binary.js';

export interface DecodeOptions {
  source: string;
  contentType: string | undefined;
  maxBytes: number;
}

const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

// Decompression is capped so that a small gzip bomb cannot exhaust memory.
function gunzip(bytes: Uint8Array, options: DecodeOptions): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: options.maxBytes + 1 });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /larger than|maxOutputLength/i.test(String(err))) {
      throw tooLarge(options);
    }
    throw new ExtractError(
      'unreadable',
      options.source,
      'the gzip data is corrupt or cut off; fetch or save the file again',
    );
  }
}

function binary(options: DecodeOptions): ExtractError {
  return new ExtractError(
    'binary',
    options.source,
    'the document is binary (not text or HTML); give a web page, a text file, or their .gz',
  );
}

function tooLarge(options: DecodeOptions): ExtractError {
  const mb = (options.maxBytes / 1e6).toFixed(1);
  return new ExtractError(
    'too-large',
    options.source,
    `the document is over the ${mb} MB size limit; if it really is one article, raise the limit with --max-bytes (the maxBytes option in the library)`,
  );
}

/** Turns the body's bytes (gzip or not, any charset) into text; checks size and binary content. */
export function decodeBody(body: string | Uint8Array, options: DecodeOptions): string {
  if (typeof body === 'string') {
    if (body.length > options.maxBytes) throw tooLarge(options);
    if (looksBinaryText(body)) throw binary(options);
    return body.replace(/^\uFEFF/, '');
  }
  if (body.length > options.maxBytes) throw tooLarge(options);
  const bytes = isGzip(body) ? gunzip(body, options) : body;
  if (bytes.length > options.maxBytes) throw tooLarge(options);
  // Decode first, judge after: a named legacy charset is mostly high bytes, like binary data.
  if (looksBinary(bytes, declaredCharset(bytes, options.contentType))) throw binary(options);
  const charset = findCharset(bytes, options.contentType);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
  if (looksBinaryText(text)) throw binary(options);
  return text.replace(/^\uFEFF/, '');
}
