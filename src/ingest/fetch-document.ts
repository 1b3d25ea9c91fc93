import type { RawDocument } from '../model/index.js';
import { InputError } from './input-error.js';

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Allow loopback and private-network addresses (off by default: they are refused). */
  allowPrivate?: boolean;
}

/** Fetches one page over http(s), with a time limit and a size limit on the body. */
export async function fetchDocument(url: string, options: FetchOptions): Promise<RawDocument> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': 'Sitrep/0.1 (+https://github.com/sitrep; news situation reports)' },
    });
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new InputError(url, `no answer within ${options.timeoutMs / 1000} s: try again later`);
    }
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new InputError(
      url,
      `could not fetch: ${cause?.code ?? cause?.message ?? (err as Error).message}`,
    );
  }
  if (!response.ok) {
    throw new InputError(url, `server answered ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > options.maxBytes) {
    throw new InputError(
      url,
      `page is ${declared} bytes, over the size limit (raise it with --max-bytes)`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > options.maxBytes) {
        throw new InputError(url, 'page is over the size limit (raise it with --max-bytes)');
      }
      chunks.push(chunk);
    }
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  return {
    source: url,
    url: response.url || url,
    body: new Uint8Array(Buffer.concat(chunks)),
    ...(contentType ? { contentType } : {}),
    ...(contentType && /text\/plain/i.test(contentType) ? { format: 'text' as const } : {}),
  };
}
