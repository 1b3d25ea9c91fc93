import type { ReadOptions } from '../ingest/read-inputs.js';
import { readInputs } from '../ingest/read-inputs.js';
import { analyze } from '../pipeline.js';
import type { AnalyzeDocument } from './ingest-document.js';
import { ingestDocument } from './ingest-document.js';
import type { IngestOutcome, Repository } from './repository.js';

/** What a batch did: counts, and each duplicate and failure with its reason. */
export interface IngestSummary {
  new: number;
  duplicate: number;
  updated: number;
  failed: number;
  failures: { input: string; reason: string }[];
  duplicates: { input: string; sameAs: string }[];
}

/** One input's result, for progress reporting. */
export type IngestStep =
  | { n: number; input: string; outcome: IngestOutcome }
  | { n: number; input: string; error: string };

/**
 * Reads, analyses and stores each input in turn, one transaction per article; a bad input is
 * recorded with its reason and the batch goes on.
 *
 * @example
 * const summary = await ingestInputs(repo, ['articles.jsonl']);
 */
export async function ingestInputs(
  repo: Repository,
  inputs: readonly string[],
  options: ReadOptions & {
    analyzeDocument?: AnalyzeDocument;
    onStep?: (step: IngestStep, summary: IngestSummary) => void;
  } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    new: 0,
    duplicate: 0,
    updated: 0,
    failed: 0,
    failures: [],
    duplicates: [],
  };
  const limits = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  const analyzeDocument: AnalyzeDocument =
    options.analyzeDocument ?? ((raw) => analyze(raw, limits));
  let n = 0;
  const fail = (input: string, reason: string): void => {
    summary.failed++;
    summary.failures.push({ input, reason });
    options.onStep?.({ n, input, error: reason }, summary);
  };
  for await (const result of readInputs(inputs, options)) {
    n++;
    if ('error' in result) {
      fail(result.input, result.error.message);
      continue;
    }
    const r = await ingestDocument(repo, result.raw, analyzeDocument);
    if (!r.ok) {
      fail(result.input, r.reason);
      continue;
    }
    summary[r.outcome.status]++;
    if (r.outcome.status === 'duplicate')
      summary.duplicates.push({ input: result.input, sameAs: r.outcome.sameAs ?? '' });
    options.onStep?.({ n, input: result.input, outcome: r.outcome }, summary);
  }
  // The batch's storylines are regrouped once, here, not on the first read after it.
  await repo.settle().catch(() => undefined);
  return summary;
}
