import type { RawDocument } from '../model/index.js';
import type { AnalyzeDocument } from '../store/ingest-document.js';
import { ingestDocument } from '../store/ingest-document.js';
import type { Repository } from '../store/repository.js';

/** What became of a fetched document: stored (and how), or queued for a worker. */
export interface SinkResult {
  status: 'new' | 'duplicate' | 'updated' | 'queued';
  articleId: string | null;
  events: number | null;
  incidents: number | null;
}

/** Where the watcher hands each fetched document; throws when it was not taken. */
export type DocumentSink = (raw: RawDocument) => Promise<SinkResult>;

/**
 * The sink that analyses and stores each document at once, through the one ingest path.
 *
 * @example
 * const sink = storeSink(repository, (raw) => analyze(raw));
 */
export function storeSink(repository: Repository, analyzeDocument: AnalyzeDocument): DocumentSink {
  return async (raw) => {
    const r = await ingestDocument(repository, raw, analyzeDocument);
    if (!r.ok) throw r.error instanceof Error ? r.error : new Error(r.reason);
    return {
      status: r.outcome.status,
      articleId: r.outcome.articleId,
      events: r.events,
      incidents: r.outcome.incidentIds.length,
    };
  };
}
