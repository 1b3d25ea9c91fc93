import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SafeFetcher } from '../ingest/fetch/safe-fetcher.js';
import { analyze } from '../pipeline.js';
import { openStores } from '../watch/open-stores.js';
import { runWatch } from '../watch/run-watch.js';
import type { LogEntry } from '../watch/watch-log.js';

const FEEDS = 200;
/** Items a feed keeps in its document, as real feeds keep only the latest. */
const WINDOW = 20;

const PLACES = [
  'the northern crossing',
  'the river port',
  'the capital',
  'the coastal road',
  'the mountain pass',
  'the airfield',
  'the old fortress',
  'the rail junction',
];
const ACTORS = [
  'Ruritania',
  'Freedonia',
  'Sylvania',
  'Grand Fenwick',
  'Latveria',
  'Genovia',
  'Elbonia',
  'Osterlich',
];
const VERBS = [
  'sent about {n} soldiers to',
  'announced sanctions over',
  'held talks about',
  'fired {n} shells at',
  'denied any role at',
  'moved {n} tanks toward',
  'pledged {n} tonnes of aid for',
  'protested the closure of',
];
const SPEAKERS = [
  'officials said',
  'a spokesperson said',
  'the ministry said',
  'local reporters said',
  'two diplomats said',
  'the army said',
];
const EXTRAS = [
  'Roads were closed for hours.',
  'Markets stayed shut.',
  'Talks are due to resume next week.',
  'Witnesses described long queues.',
  'Prices of fuel rose sharply.',
  'Schools moved lessons online.',
  'Phone lines were cut overnight.',
  'Aid convoys waited at the gate.',
  'The parliament met in an emergency session.',
  'Ferries stopped running.',
];

/** A small seeded generator, so an article's text depends only on its key. */
function seeded(key: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/**
 * An invented news page (our own words), different for every key so no two are duplicates.
 *
 * @example
 * inventedArticleHtml('feed-3-item-7', new Date('2024-11-04'));
 */
export function inventedArticleHtml(key: string, published: Date): string {
  const r = seeded(key);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const day = published.toISOString().slice(0, 10);
  const sentences: string[] = [];
  for (let i = 0; i < 5; i++) {
    const verb = pick(VERBS).replace('{n}', String(10 + Math.floor(r() * 9000)));
    sentences.push(
      `${pick(ACTORS)} ${verb} ${pick(PLACES)} near ${pick(ACTORS)} on ${day}, ${pick(SPEAKERS)}. ${pick(EXTRAS)}`,
    );
  }
  return `<!DOCTYPE html><html><head><title>Report ${key}</title>
<meta property="article:published_time" content="${published.toISOString()}"></head><body><article>
<h1>Report ${key}</h1>
${sentences.map((s) => `<p>${s}</p>`).join('\n')}
<p>Reference ${key}.</p>
</article></body></html>`;
}

interface SoakServer {
  base: string;
  server: Server;
  /** Items published so far by each feed. */
  published: number[];
  stopPublishing(): void;
}

/** 200 feeds on loopback; feed N gains an item every `itemEveryMs`, staggered per feed. */
async function startSoakServer(itemEveryMs: number): Promise<SoakServer> {
  const started = Date.now();
  let frozenAt: number | null = null;
  const countAt = (feed: number): number => {
    const now = frozenAt ?? Date.now();
    const offset = (feed * itemEveryMs) / FEEDS;
    return 1 + Math.max(0, Math.floor((now - started + offset) / itemEveryMs));
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const feedMatch = /^\/feed\/(\d+)\.xml$/.exec(path);
    const itemMatch = /^\/item\/(\d+)\/(\d+)\.html$/.exec(path);
    if (feedMatch) {
      const feed = Number(feedMatch[1]);
      const count = countAt(feed);
      const etag = `"${feed}-${count}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      const items: string[] = [];
      for (let i = count - 1; i >= Math.max(0, count - WINDOW); i--) {
        const when = new Date(started + i * itemEveryMs);
        items.push(
          `<item><title>Report ${feed}-${i}</title><link>/item/${feed}/${i}.html</link><guid isPermaLink="false">soak-${feed}-${i}</guid><pubDate>${when.toUTCString()}</pubDate></item>`,
        );
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      return res.end(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Soak ${feed}</title><link>/</link>${items.join('')}</channel></rss>`,
      );
    }
    if (itemMatch) {
      const feed = Number(itemMatch[1]);
      const item = Number(itemMatch[2]);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(
        inventedArticleHtml(`soak-${feed}-${item}`, new Date(started + item * itemEveryMs)),
      );
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    server,
    get published() {
      return Array.from({ length: FEEDS }, (_, f) => countAt(f));
    },
    stopPublishing: () => (frozenAt = Date.now()),
  };
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function memory(): { rss: number; heap: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

/**
 * Soak: 200 loopback RSS feeds gaining items over time, watched for SOAK_SECONDS (default 60;
 * 600 for the full run). Prints items/s ingested, memory at start and end, and items lost.
 */
export async function benchWatchSoak(): Promise<void> {
  const seconds = Number(process.env.SOAK_SECONDS ?? 60);
  const itemEveryMs = Number(process.env.SOAK_ITEM_EVERY_MS ?? 20_000);
  const everyMs = Number(process.env.SOAK_PASS_MS ?? 5_000);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-soak-'));
  const soak = await startSoakServer(itemEveryMs);
  const { store, repository } = await openStores(join(dir, 'soak.db'));
  for (let f = 0; f < FEEDS; f++) store.addSource(`${soak.base}/feed/${f}.xml`, 'feed');
  const errors: LogEntry[] = [];
  let warm: { rss: number; heap: number } | null = null;
  const log = (e: LogEntry): void => {
    if (e.level === 'error' || e.level === 'warn') errors.push(e);
    // Memory after the first pass: modules, dictionaries and caches are loaded by then.
    if (e.event === 'pass-done' && e.pass === 1 && warm === null) warm = memory();
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
  const start = memory();
  const began = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  let peakRss = start.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 1000);
  try {
    await runWatch({ ...options, signal: controller.signal });
    soak.stopPublishing();
    // One last pass takes what was published before the stop.
    await runWatch({ ...options, once: true });
  } finally {
    clearTimeout(timer);
    clearInterval(sampler);
  }
  const elapsed = (Date.now() - began) / 1000;
  const end = memory();
  const warmed = (warm as { rss: number; heap: number } | null) ?? start;
  const published = soak.published.reduce((a, b) => a + b, 0);
  const ingested = store.countSeen('ingested');
  const duplicates = store.countSeen('duplicate');
  const settled = ingested + duplicates;
  const stats = await repository.stats();
  process.stdout.write(
    [
      `feeds ${FEEDS}, ran ${elapsed.toFixed(1)} s (SOAK_SECONDS=${seconds}), a new item per feed every ${itemEveryMs / 1000} s, pass every ${everyMs / 1000} s`,
      `items published ${published}, ingested ${ingested} (${(ingested / elapsed).toFixed(2)} items/s), duplicates ${duplicates}, lost ${published - settled}`,
      `store: ${stats.articles} articles, ${stats.events} events, ${stats.incidents} incidents`,
      `memory at start: rss ${mb(start.rss)} MB, heap ${mb(start.heap)} MB; after the first pass: rss ${mb(warmed.rss)} MB, heap ${mb(warmed.heap)} MB`,
      `memory at end: rss ${mb(end.rss)} MB, heap ${mb(end.heap)} MB (peak rss ${mb(peakRss)} MB)`,
      `warnings/errors logged: ${errors.length}${errors[0] ? ` (first: ${errors[0].event} ${errors[0].message ?? ''})` : ''}`,
    ].join('\n') + '\n',
  );
  await repository.close();
  store.db.close();
  soak.server.closeAllConnections();
  soak.server.close();
  rmSync(dir, { recursive: true, force: true });
}
