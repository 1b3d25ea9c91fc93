import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SafeFetcher } from '../ingest/fetch/safe-fetcher.js';
import { analyze } from '../pipeline.js';
import type { WatchStore } from '../store/watch-store.js';
import { openStores } from '../watch/open-stores.js';
import { runWatch } from '../watch/run-watch.js';
import type { LogEntry } from '../watch/watch-log.js';
import { publishedCount, startSoakFeedServer, type SoakPlan } from './soak-feed-server.js';

export { inventedArticleHtml } from './soak-feed-server.js';

const FEEDS = 200;
/** Items a feed keeps in its document: 40 items is 20 minutes of news at the default rate. */
const WINDOW = 40;

/** A positive number from the environment, or the default; a bad value stops the bench. */
function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name}=${raw} is not a positive number; unset it or give e.g. ${fallback}`);
  }
  return value;
}

/** Served items stored once (ingested or a duplicate of stored content) and articles doubled. */
function countSettled(
  store: WatchStore,
  published: number[],
): { settled: number; doubled: number } {
  const seen = store.db.prepare(
    `SELECT article_id AS articleId FROM watch_seen_items WHERE item_key = ? AND status IN ('ingested', 'duplicate')`,
  );
  const articles = new Map<string, number>();
  let settled = 0;
  published.forEach((count, feed) => {
    for (let i = 0; i < count; i++) {
      const rows = seen.all(`soak-${feed}-${i}`) as { articleId: string | null }[];
      if (rows.length === 1) settled++;
      for (const r of rows) {
        if (r.articleId) articles.set(r.articleId, (articles.get(r.articleId) ?? 0) + 1);
      }
    }
  });
  const doubled = [...articles.values()].filter((n) => n > 1).length;
  return { settled, doubled };
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** Memory after a full garbage collection (run node with --expose-gc), main thread's heap. */
function memory(): { rss: number; heap: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

/**
 * Soak: 200 loopback RSS feeds (served from a worker thread) gaining items over time, watched
 * for SITREP_SOAK_SECONDS (default 600). Prints items/s ingested, CPU per item, memory after gc
 * at start, after the first pass, every minute and at the end, and items lost (published but
 * not stored exactly once).
 */
export async function benchWatchSoak(): Promise<void> {
  const seconds = envNumber('SITREP_SOAK_SECONDS', 600);
  const itemEveryMs = envNumber('SITREP_SOAK_ITEM_EVERY_MS', 30_000);
  const everyMs = envNumber('SITREP_SOAK_PASS_MS', 10_000);
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    process.stdout.write('(run node with --expose-gc for memory after garbage collection)\n');
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-soak-'));
  const plan: SoakPlan = { feeds: FEEDS, itemEveryMs, window: WINDOW, started: Date.now() };
  const feeds = await startSoakFeedServer(plan);
  const { store, repository } = await openStores(join(dir, 'soak.db'));
  for (let f = 0; f < FEEDS; f++) store.addSource(`${feeds.base}/feed/${f}.xml`, 'feed');
  const problems: LogEntry[] = [];
  const passes: { ms: number; ingested: number }[] = [];
  let warm: { rss: number; heap: number } | null = null;
  const log = (e: LogEntry): void => {
    if (e.level === 'error' || e.level === 'warn') problems.push(e);
    if (e.event === 'pass-done') passes.push({ ms: Number(e.ms), ingested: Number(e.ingested) });
    // Memory after the first pass: modules, dictionaries and caches are loaded by then.
    if (e.event === 'pass-done' && warm === null) warm = memory();
  };
  // One host serves every feed here, so the per-host limits are opened up for the bench.
  const fetcher = new SafeFetcher({
    allowRanges: ['127.0.0.0/8'],
    perHostConcurrency: 16,
    perHostIntervalMs: 0,
  });
  const options = {
    store,
    repository,
    fetcher,
    analyze,
    log,
    everyMs,
    concurrency: 16,
    maxItemsPerPass: WINDOW,
  };
  const loadAtStart = load();
  const start = memory();
  const cpuAtStart = process.cpuUsage();
  const began = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  let peakRss = start.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 1000);
  const minutes: string[] = [];
  const everyMinute = setInterval(() => {
    const m = memory();
    minutes.push(`${mb(m.heap)}/${mb(m.rss)}`);
  }, 60_000);
  let stoppedAt = 0;
  try {
    await runWatch({ ...options, signal: controller.signal });
    stoppedAt = Date.now();
    feeds.freeze(stoppedAt);
    // One last pass takes what was published before the stop.
    await runWatch({ ...options, once: true });
  } finally {
    clearTimeout(timer);
    clearInterval(sampler);
    clearInterval(everyMinute);
  }
  const elapsed = (Date.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  const end = memory();
  const warmed = (warm as { rss: number; heap: number } | null) ?? start;
  const perFeed = Array.from({ length: FEEDS }, (_, f) => publishedCount(plan, f, stoppedAt));
  const published = perFeed.reduce((a, b) => a + b, 0);
  const ingested = store.countSeen('ingested');
  const duplicates = store.countSeen('duplicate');
  const { settled, doubled } = countSettled(store, perFeed);
  const stats = await repository.stats();
  const first = passes[0];
  const cpuPerItem = (cpu.user + cpu.system) / 1000 / Math.max(1, ingested);
  process.stdout.write(
    [
      `feeds ${FEEDS}, watched ${seconds} s (SITREP_SOAK_SECONDS) + a last pass, ${elapsed.toFixed(1)} s in all; a new item per feed every ${itemEveryMs / 1000} s, a pass every ${everyMs / 1000} s, 16 sources at once`,
      `load average at start ${loadAtStart}, at end ${load()} (2 cores shared)`,
      `items published ${published}, ingested ${ingested} (${(ingested / elapsed).toFixed(2)} items/s), duplicates ${duplicates}, lost ${published - settled}, stored twice ${doubled}`,
      first
        ? `first pass (200 new feeds, backlog): ${first.ingested} items in ${(first.ms / 1000).toFixed(1)} s (${((first.ingested * 1000) / first.ms).toFixed(2)} items/s); passes ${passes.length}, longest ${(Math.max(...passes.map((p) => p.ms)) / 1000).toFixed(1)} s`
        : 'no pass finished',
      `CPU (main thread and server) per ingested item: ${cpuPerItem.toFixed(0)} ms`,
      `store: ${stats.articles} articles, ${stats.events} events, ${stats.incidents} incidents`,
      `memory after gc at start: rss ${mb(start.rss)} MB, heap ${mb(start.heap)} MB; after the first pass: rss ${mb(warmed.rss)} MB, heap ${mb(warmed.heap)} MB`,
      `memory after gc at end: rss ${mb(end.rss)} MB, heap ${mb(end.heap)} MB (peak rss ${mb(peakRss)} MB)`,
      `heap/rss MB after gc each minute: ${minutes.join(', ') || '(run under a minute)'}`,
      `warnings/errors logged: ${problems.length}${problems[0] ? ` (first: ${problems[0].event} ${problems[0].message ?? ''})` : ''}`,
    ].join('\n') + '\n',
  );
  await repository.close();
  store.db.close();
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
}
