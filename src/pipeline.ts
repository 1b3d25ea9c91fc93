/**
 * The stages in order. Data flows one way; only ingest, store and serve touch the world.
 *
 *   ingest   source (file, URL, feed, stdin) -> RawDocument
 *   extract  RawDocument                     -> Article
 *   annotate Article                         -> Annotated (sentences, mentions)
 *   code     Annotated                       -> Event[]
 *   merge    Event[] of many articles        -> Incident[]
 *   store    -> SQLite / PostgreSQL; serve -> page, API, feeds
 */
import { annotateArticle } from './annotate/index.js';
import { codeEvents } from './code/index.js';
import { extractArticle } from './extract/index.js';
import type { Analysis, RawDocument } from './model/index.js';

export { extractArticle, annotateArticle, codeEvents };

/** Options for {@link analyze}: what a plain-text input lacks. */
export interface AnalyzeOptions {
  published?: string;
  url?: string;
  title?: string;
  /** Largest document accepted, in bytes; default 10 MB (`--max-bytes` on the command line). */
  maxBytes?: number;
}

/**
 * One article in, typed events out. Pure: the same input gives the same output.
 *
 * @example
 * import { analyze } from 'sitrep';
 * const { events } = analyze(text, { published: '2024-11-06' });
 */
export function analyze(input: RawDocument | string, options: AnalyzeOptions = {}): Analysis {
  const raw: RawDocument =
    typeof input === 'string' ? { source: 'text', body: input } : { ...input };
  if (options.published !== undefined) raw.published = options.published;
  if (options.url !== undefined) raw.url = options.url;
  if (options.title !== undefined) raw.title = options.title;
  const extractOptions = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  const annotated = annotateArticle(extractArticle(raw, extractOptions));
  return { ...annotated, events: codeEvents(annotated) };
}
