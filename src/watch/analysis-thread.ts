/**
 * One analysis thread of the watcher's pool (`analysis-pool.ts`): analyses each document it is
 * sent and posts the analysis (or the error's message) back. Store writes stay on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../model/index.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { analyze } from '../pipeline.js';

/** A job the pool posts to a thread. */
export interface AnalysisJob {
  raw: RawDocument;
  options: AnalyzeOptions;
}

parentPort?.on('message', ({ raw, options }: AnalysisJob) => {
  try {
    parentPort?.postMessage({ ok: true, analysis: analyze(raw, options) });
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    parentPort?.postMessage({ ok: false, name: error.name, message: error.message });
  }
});
