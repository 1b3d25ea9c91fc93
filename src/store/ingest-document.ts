import type { Analysis, RawDocument } from '../model/index.js';
import { analyze } from '../pipeline.js';
import type { IngestOutcome, Repository } from './repository.js';
import { StoreError } from './store-error.js';

/** Turns a document into an analysis: in this thread, in a worker thread, or anywhere. */
export type AnalyzeDocument = (raw: RawDocument) => Analysis | Promise<Analysis>;

/** One document's result: stored (new, duplicate or updated), or failed at a stage with a reason. */
export type DocumentResult =
  | { ok: true; outcome: IngestOutcome; events: number }
  | { ok: false; stage: 'analysis' | 'store'; reason: string; error: unknown };

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * The one ingest path, used by `sitrep ingest`, the watcher and the queue workers: raw document,
 * analysis, then the repository (which plans the merge and applies it in one transaction).
 * Never throws: a failure says at which stage and why, and nothing of it is stored.
 *
 * @example
 * const r = await ingestDocument(repo, raw);
 * if (!r.ok) console.error(r.reason);
 */
export async function ingestDocument(
  repo: Repository,
  raw: RawDocument,
  analyzeDocument: AnalyzeDocument = analyze,
): Promise<DocumentResult> {
  let analysis: Analysis;
  try {
    analysis = await analyzeDocument(raw);
  } catch (err) {
    return {
      ok: false,
      stage: 'analysis',
      reason: `analysis failed: ${messageOf(err)}`,
      error: err,
    };
  }
  try {
    const outcome = await repo.ingest(analysis);
    return { ok: true, outcome, events: analysis.events.length };
  } catch (err) {
    const reason = err instanceof StoreError ? messageOf(err) : `store failed: ${messageOf(err)}`;
    return { ok: false, stage: 'store', reason, error: err };
  }
}
