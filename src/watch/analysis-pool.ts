import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis, RawDocument } from '../model/index.js';
import type { AnalyzeOptions } from '../pipeline.js';
import type { AnalysisJob } from './analysis-thread.js';
import { ANALYSIS_THREAD_YOUNG_GENERATION_MB } from '../runtime/node-flags.js';

type Reply = { ok: true; analysis: Analysis } | { ok: false; name: string; message: string };

interface Pending {
  job: AnalysisJob;
  resolve: (analysis: Analysis) => void;
  reject: (err: Error) => void;
}

/** The thread's built script; from the sources (as under vitest) the copy `npm run build` made. */
function threadScript(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../../dist/watch/analysis-thread.js', import.meta.url)
    : new URL('./analysis-thread.js', import.meta.url);
}

/** Threads a pool starts by default: two, or one on a single core. */
export function defaultAnalysisThreads(): number {
  return Math.min(2, Math.max(1, availableParallelism()));
}

/**
 * A small pool of analysis threads for `sitrep watch` on SQLite: documents are analysed off the
 * main thread, so one slow document does not hold the poll loop (fetches, other sources, the
 * store's writes, which stay on the main thread). A thread is started only when every running
 * one is busy, up to `size`; a thread that dies fails its document and is replaced on demand.
 *
 * @example
 * const pool = new AnalysisPool(2, { maxBytes });
 * const analysis = await pool.analyze(raw);
 * await pool.close();
 */
export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly waiting: Pending[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly options: AnalyzeOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error('an analysis pool needs 1 thread or more');
  }

  /** Analyses the document in a thread; rejects with the analysis error's message. */
  analyze = (raw: RawDocument): Promise<Analysis> =>
    new Promise<Analysis>((resolve, reject) => {
      if (this.closed) return reject(new Error('the analysis pool is closed'));
      this.waiting.push({ job: { raw, options: this.options }, resolve, reject });
      this.dispatch();
    });

  /** Stops every thread; documents not yet analysed are failed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(new Error('the analysis pool is closed'));
    const threads = [...this.idle.splice(0), ...this.busy.keys()];
    for (const [, p] of this.busy) p.reject(new Error('the analysis pool is closed'));
    this.busy.clear();
    await Promise.all(threads.map((t) => t.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const thread =
        this.idle.pop() ?? (this.busy.size < this.size ? this.startThread() : undefined);
      if (!thread) return;
      const next = this.waiting.shift()!;
      this.busy.set(thread, next);
      thread.postMessage(next.job);
    }
  }

  private startThread(): Worker {
    const thread = new Worker(threadScript(), {
      resourceLimits: { maxYoungGenerationSizeMb: ANALYSIS_THREAD_YOUNG_GENERATION_MB },
    });
    thread.on('message', (reply: Reply) => {
      const pending = this.busy.get(thread);
      this.busy.delete(thread);
      if (!this.closed) this.idle.push(thread);
      if (reply.ok) pending?.resolve(reply.analysis);
      else pending?.reject(Object.assign(new Error(reply.message), { name: reply.name }));
      this.dispatch();
    });
    // A thread that dies (out of memory, a crash) fails its document; the next job starts a new one.
    const died = (err: Error): void => {
      const pending = this.busy.get(thread);
      this.busy.delete(thread);
      const at = this.idle.indexOf(thread);
      if (at >= 0) this.idle.splice(at, 1);
      pending?.reject(err);
      if (!this.closed) this.dispatch();
    };
    thread.on('error', died);
    thread.on('exit', (code) => {
      if (!this.closed) died(new Error(`the analysis thread stopped (exit code ${code})`));
    });
    return thread;
  }
}
