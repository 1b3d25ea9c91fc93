import type { RawDocument } from '../model/index.js';
import { FetchError } from './fetch/fetch-error.js';
import { SafeFetcher } from './fetch/safe-fetcher.js';
import { InputError } from './input-error.js';
import { rawDocumentFrom } from './raw-from-fetch.js';

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Allow loopback and private-network addresses (off by default: they are refused). */
  allowPrivate?: boolean;
}

/**
 * Fetches one page over http(s) through the guarded fetcher: public addresses only (unless
 * allowed), size and time limits, gzip/deflate/br decoded with a cap, redirects re-checked.
 */
export async function fetchDocument(url: string, options: FetchOptions): Promise<RawDocument> {
  const fetcher = new SafeFetcher({
    maxBytes: options.maxBytes,
    maxDecodedBytes: options.maxBytes * 5,
    totalTimeoutMs: options.timeoutMs,
    idleTimeoutMs: options.timeoutMs,
    connectTimeoutMs: Math.min(options.timeoutMs, 10_000),
    allowPrivate: options.allowPrivate === true,
    // One page a person asked for, like a browser: no robots.txt, one retry.
    robots: false,
    retries: 1,
  });
  let result;
  try {
    result = await fetcher.fetch(url);
  } catch (err) {
    throw new InputError(url, describeFetchError(err, options));
  }
  return rawDocumentFrom(result, { source: url });
}

function describeFetchError(err: unknown, options: FetchOptions): string {
  if (!(err instanceof FetchError)) return err instanceof Error ? err.message : String(err);
  if (err.kind === 'timeout') {
    return `no answer within ${options.timeoutMs / 1000} s: try again later (${err.message})`;
  }
  if (err.kind === 'too-large') return `page is over the size limit: ${err.message}`;
  return err.message;
}
