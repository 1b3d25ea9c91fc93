import { backoffDelay } from '../../ingest/fetch/retry-delay.js';
import { SafeFetcher, type SafeFetcherOptions } from '../../ingest/fetch/safe-fetcher.js';
import type { WatchStore } from '../../store/watch-store.js';
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
}

/**
 * Sends the deliveries that are due: a signed POST each, one attempt; a failure is rescheduled
 * with backoff until the attempt cap. Never throws, so a bad webhook cannot stop the watch.
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
  let delivered = 0;
  let failed = 0;
  for (const d of store.dueDeliveries(now())) {
    const sub = subs.get(d.subscriptionId);
    if (!sub) continue;
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
    try {
      const status = await fetcherFor(sub.allowPrivate).post(sub.url, body, headers);
      if (status < 200 || status >= 300) error = `webhook answered ${status}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    if (error === null) {
      delivered++;
      store.recordDelivery(d.id, { ok: true });
      log({ level: 'info', event: 'alert-delivered', url: sub.url, delivery: d.id });
      continue;
    }
    failed++;
    const attempts = d.attempts + 1;
    const retryAt =
      attempts >= maxAttempts
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
  }
  return { delivered, failed };
}
