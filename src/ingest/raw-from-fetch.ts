import type { RawDocument } from '../model/index.js';
import type { FetchResult } from './fetch/safe-fetcher.js';

/** What is known of a fetched document from outside it: where it came from, a feed's title and date. */
export interface FetchedMeta {
  /** Names the input (the URL asked for, or the feed item's link). */
  source: string;
  title?: string | null;
  published?: string | null;
}

/**
 * The one way a fetch result becomes a document to analyse: the final URL, the bytes, the
 * Content-Type (a `text/plain` body is read as text), and the feed's metadata when given.
 *
 * @example
 * const raw = rawDocumentFrom(await fetcher.fetch(url), { source: url });
 */
export function rawDocumentFrom(
  fetched: Pick<FetchResult, 'url' | 'body' | 'contentType'>,
  meta: FetchedMeta,
): RawDocument {
  const contentType = fetched.contentType ?? undefined;
  return {
    source: meta.source,
    url: fetched.url,
    body: new Uint8Array(fetched.body),
    ...(contentType ? { contentType } : {}),
    ...(contentType && /text\/plain/i.test(contentType) ? { format: 'text' as const } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.published ? { published: meta.published } : {}),
  };
}
