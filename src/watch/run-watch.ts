import type { SafeFetcher } from '../ingest/fetch/safe-fetcher.js';
import type { AnalyzeDocument } from '../store/ingest-document.js';
import type { Repository } from '../store/repository.js';
import type { WatchSource, WatchStore } from '../store/watch-store.js';
import { deliverDueAlerts, type DeliverOptions } from './alerts/deliver-alerts.js';
import { queueAlerts } from './alerts/queue-alerts.js';
import type { DocumentSink } from './document-sink.js';
import { storeSink } from './document-sink.js';
import { emptyStats, pollSource, type PollContext, type PollStats } from './poll-source.js';
import type { WatchLogger } from './watch-log.js';

export interface WatchOptions {
  store: WatchStore;
  repository: Repository;
  fetcher: SafeFetcher;
  /** How the default sink analyses a document; needed unless `sink` is given. */
  analyze?: AnalyzeDocument;
  /** Where fetched documents go; by default analysed with `analyze` and stored in `repository`. */
  sink?: DocumentSink;
  log: WatchLogger;
  /** The sources to poll each pass; by default every source in the store. */
  sources?: () => WatchSource[];
  everyMs: number;
  /** One pass (and one round of alert deliveries), then return. */
  once?: boolean;
  /** Sources polled at once (default 4). */
  concurrency?: number;
  maxItemsPerPass?: number;
  /** How often queued alerts are sent between passes (default 5 s). */
  alertEveryMs?: number;
  alerts?: DeliverOptions;
  /** Stops the loop (after the current item) when aborted. */
  signal?: AbortSignal;
  /**
   * Once `signal` is aborted, how long alert deliveries may still run in all (default 10 s);
   * those not sent by then are cut off and stay queued for the next run.
   */
  shutdownMs?: number;
}

/** Runs sources through `worker`, at most `limit` at once. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  worker: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await worker(items[next++]!);
  });
  await Promise.all(lanes);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function analyzerOf(options: WatchOptions): AnalyzeDocument {
  if (!options.analyze) throw new Error('runWatch needs `analyze` or a `sink`');
  return options.analyze;
}

/** One pass over the sources; returns the summed counts. */
export async function runWatchPass(options: WatchOptions): Promise<PollStats> {
  const ctx: PollContext = {
    store: options.store,
    fetcher: options.fetcher,
    sink: options.sink ?? storeSink(options.repository, analyzerOf(options)),
    log: options.log,
    maxItemsPerPass: options.maxItemsPerPass ?? 50,
    maxChildSitemaps: 5,
    maxItemAttempts: 3,
  };
  const sources = options.sources?.() ?? options.store.listSources();
  const stats = emptyStats();
  await eachLimited(sources, options.concurrency ?? 4, async (source) => {
    if (options.signal?.aborted) return;
    await pollSource(ctx, source, stats);
  });
  return stats;
}

/** Queues alerts for new changes (and, unless `queueOnly`, sends those due); logs errors. */
export async function runAlertRound(options: WatchOptions, queueOnly = false): Promise<void> {
  try {
    const queued = await queueAlerts(options.store, options.repository);
    if (queued > 0) options.log({ level: 'info', event: 'alerts-queued', count: queued });
    if (!queueOnly) await deliverDueAlerts(options.store, options.log, options.alerts);
  } catch (err) {
    options.log({
      level: 'error',
      event: 'alerts-failed',
      message: err instanceof Error ? err.message : String(err),
    });
  }
}

/**
 * `sitrep watch`: polls the sources every `everyMs` until aborted (or once), ingesting new
 * items; webhook deliveries run on their own timer so a slow webhook never holds up ingest.
 * Once `signal` is aborted, deliveries get `shutdownMs` in all; the unsent stay queued.
 *
 * @example
 * await runWatch({ store, repository, fetcher, analyze, log, everyMs: 300_000, once: true });
 */
export async function runWatch(watch: WatchOptions): Promise<PollStats> {
  const deliveries = new AbortController();
  const options: WatchOptions = {
    ...watch,
    alerts: { ...watch.alerts, signal: deliveries.signal },
  };
  // One deadline for the whole shutdown, counted from the stop request, not one per delivery.
  let cutOff: NodeJS.Timeout | null = null;
  const startCutOff = (): void => {
    cutOff = setTimeout(() => deliveries.abort(), watch.shutdownMs ?? 10_000);
  };
  if (watch.signal?.aborted) startCutOff();
  else watch.signal?.addEventListener('abort', startCutOff, { once: true });
  try {
    return await watchUntilStopped(options);
  } finally {
    watch.signal?.removeEventListener('abort', startCutOff);
    if (cutOff) clearTimeout(cutOff);
  }
}

async function watchUntilStopped(options: WatchOptions): Promise<PollStats> {
  const total = emptyStats();
  let alertTimer: NodeJS.Timeout | null = null;
  let alertRunning: Promise<void> | null = null;
  const alertTick = (): void => {
    if (alertRunning) return;
    alertRunning = runAlertRound(options).finally(() => (alertRunning = null));
  };
  // A subscription added since the last run starts at the log's head now, so this run's first
  // pass is alerted (were it set after the pass, those changes would be skipped).
  await runAlertRound(options, true);
  if (!options.once) alertTimer = setInterval(alertTick, options.alertEveryMs ?? 5000);
  try {
    for (let pass = 1; ; pass++) {
      const started = Date.now();
      const stats = await runWatchPass(options);
      for (const k of Object.keys(total) as (keyof PollStats)[]) total[k] += stats[k];
      options.log({
        level: 'info',
        event: 'pass-done',
        pass,
        ms: Date.now() - started,
        ...stats,
      });
      if (options.once || options.signal?.aborted) break;
      alertTick();
      await sleep(Math.max(0, options.everyMs - (Date.now() - started)), options.signal);
      if (options.signal?.aborted) break;
    }
  } finally {
    if (alertTimer) clearInterval(alertTimer);
    if (alertRunning) await alertRunning;
  }
  if (options.once) await runAlertRound(options);
  return total;
}
