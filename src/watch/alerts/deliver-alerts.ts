import { FetchError } from '../../ingest/fetch/fetch-error.js';
import { backoffDelay } from '../../ingest/fetch/retry-delay.js';
import { SafeFetcher, type SafeFetcherOptions } from '../../ingest/fetch/safe-fetcher.js';
import type { AlertDelivery, WatchStore } from '../../store/watch-store.js';
import type { WatchLogger } from '../watch-log.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody } from './sign-payload.js';

export interface DeliverOptions {
  /** Attempts before a delivery is marked failed (default 8). */
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Fetcher settings (limits, allowRanges for tests); allowPrivate comes per subscription. */
  fetcher?: SafeFetcherOptions;
  now?: () => number;
  /** Receivers sent to at once (default 4): one that never answers holds up only its own queue. */
  concurrency?: number;
  /**
   * Shutdown: when aborted no delivery starts and those in flight are cut off; what was not
   * sent stays queued, unchanged, for the next run, and is logged as `alerts-left`.
   */
  signal?: AbortSignal;
}

/**
 * Sends the deliveries that are due: a signed POST each, one attempt; a temporary failure is
 * rescheduled with backoff until the attempt cap, a refusal that cannot change (address policy,
 * size) is given up at once. Receivers are served side by side, `concurrency` at a time, each
 * receiver's deliveries in order. Never throws, so a bad webhook cannot stop the watch.
 */
export async function deliverDueAlerts(
  store: WatchStore,
  log: WatchLogger,
  options: DeliverOptions = {},
): Promise<{ delivered: number; failed: number }> {
  const now = options.now ?? Date.now;
  const maxAttempts = options.maxAttempts ?? 8;
  const subs = new Map(store.listSubscriptions().map((s) => [s.id, s]));
  const fetchers = new Map<boolean, SafeFetcher>();
  const fetcherFor = (allowPrivate: boolean): SafeFetcher => {
    let f = fetchers.get(allowPrivate);
    if (!f) {
      f = new SafeFetcher({
        perHostIntervalMs: 0,
        totalTimeoutMs: 10_000,
        ...options.fetcher,
        ...(allowPrivate ? { allowPrivate: true } : {}),
        robots: false,
        retries: 0,
      });
      fetchers.set(allowPrivate, f);
    }
    return f;
  };
  const signal = options.signal;
  let delivered = 0;
  let failed = 0;
  const deliverOne = async (d: AlertDelivery): Promise<void> => {
    const sub = subs.get(d.subscriptionId);
    if (!sub) return;
    const timestamp = Math.floor(now() / 1000);
    const body = Buffer.from(
      JSON.stringify({ id: d.id, timestamp, ...(JSON.parse(d.payload) as object) }),
    );
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: String(timestamp),
      'x-sitrep-delivery': String(d.id),
    };
    if (sub.secret) headers[SIGNATURE_HEADER] = signBody(sub.secret, body);
    let error: string | null = null;
    let permanent = false;
    try {
      const status = await fetcherFor(sub.allowPrivate).post(sub.url, body, headers, signal);
      if (status < 200 || status >= 300) error = `webhook answered ${status}`;
    } catch (err) {
      // Cut off by shutdown: not an attempt the receiver failed, so it stays queued as it was.
      if (err instanceof FetchError && err.kind === 'stopped') return;
      error = err instanceof Error ? err.message : String(err);
      permanent = err instanceof FetchError && !err.retryable;
    }
    if (error === null) {
      delivered++;
      store.recordDelivery(d.id, { ok: true });
      log({ level: 'info', event: 'alert-delivered', url: sub.url, delivery: d.id });
      return;
    }
    failed++;
    const attempts = d.attempts + 1;
    const retryAt =
      permanent || attempts >= maxAttempts
        ? null
        : now() +
          backoffDelay(attempts - 1, options.retryBaseMs ?? 5_000, options.retryMaxMs ?? 3_600_000);
    store.recordDelivery(d.id, { ok: false, error, retryAt });
    log({
      level: 'warn',
      event: retryAt === null ? 'alert-abandoned' : 'alert-failed',
      url: sub.url,
      delivery: d.id,
      attempts,
      message: error,
    });
  };
  // One queue per receiver, in order; the queues run side by side.
  const queues = new Map<number, AlertDelivery[]>();
  for (const d of store.dueDeliveries(now())) {
    const queue = queues.get(d.subscriptionId) ?? [];
    queue.push(d);
    queues.set(d.subscriptionId, queue);
  }
  const waiting = [...queues.values()];
  const due = waiting.reduce((n, q) => n + q.length, 0);
  const worker = async (): Promise<void> => {
    for (let queue = waiting.shift(); queue; queue = waiting.shift())
      for (const d of queue) if (!signal?.aborted) await deliverOne(d);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  const left = due - delivered - failed;
  if (left > 0) {
    log({
      level: 'warn',
      event: 'alerts-left',
      count: left,
      message: `${left} alert deliveries not sent before shutdown: kept for the next run`,
    });
  }
  return { delivered, failed };
}
