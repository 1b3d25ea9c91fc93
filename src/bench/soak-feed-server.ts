import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

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

/** How the soak's feeds publish: shared by the server (worker) and the bench's tally. */
export interface SoakPlan {
  feeds: number;
  /** A feed gains an item every this many ms (feeds staggered across the interval). */
  itemEveryMs: number;
  /** Items a feed keeps in its document, as real feeds keep only the latest. */
  window: number;
  /** Epoch ms the first item of every feed is dated. */
  started: number;
}

/** Items feed `feed` has published by `now` (at least one). */
export function publishedCount(plan: SoakPlan, feed: number, now: number): number {
  const offset = (feed * plan.itemEveryMs) / plan.feeds;
  return 1 + Math.max(0, Math.floor((now - plan.started + offset) / plan.itemEveryMs));
}

/** The feed server: RSS at /feed/N.xml (ETag per item count), pages at /item/N/I.html. */
function serveSoakFeeds(plan: SoakPlan, frozen: { at: number | null }) {
  return createServer((req, res) => {
    const path = req.url ?? '/';
    const feedMatch = /^\/feed\/(\d+)\.xml$/.exec(path);
    const itemMatch = /^\/item\/(\d+)\/(\d+)\.html$/.exec(path);
    if (feedMatch) {
      const feed = Number(feedMatch[1]);
      const count = publishedCount(plan, feed, frozen.at ?? Date.now());
      const etag = `"${feed}-${count}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      const items: string[] = [];
      for (let i = count - 1; i >= Math.max(0, count - plan.window); i--) {
        const when = new Date(plan.started + i * plan.itemEveryMs);
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
        inventedArticleHtml(
          `soak-${feed}-${item}`,
          new Date(plan.started + item * plan.itemEveryMs),
        ),
      );
    }
    res.writeHead(404).end();
  });
}

const JOB = 'sitrep-soak-feeds';

type ToWorker = { freezeAt: number } | { close: true };

// In the worker: serve until told to close; the bench's analysis cannot delay its answers.
if (!isMainThread && (workerData as { job?: string } | null)?.job === JOB) {
  const plan = (workerData as { plan: SoakPlan }).plan;
  const frozen = { at: null as number | null };
  const server = serveSoakFeeds(plan, frozen);
  server.listen(0, '127.0.0.1', () => {
    parentPort?.postMessage({ port: (server.address() as AddressInfo).port });
  });
  parentPort?.on('message', (m: ToWorker) => {
    if ('freezeAt' in m) frozen.at = m.freezeAt;
    else {
      server.closeAllConnections();
      server.close(() => parentPort?.close());
    }
  });
}

/** The soak's feed server, running in a worker thread on 127.0.0.1. */
export interface SoakFeedServer {
  base: string;
  /** Stops publishing: every feed keeps the items it had at `at`. */
  freeze(at: number): void;
  close(): Promise<void>;
}

/**
 * Starts the feed server in its own thread, so its answers keep coming while the bench's
 * thread is busy analysing (one event loop for both would time requests out under load).
 *
 * @example
 * const feeds = await startSoakFeedServer({ feeds: 200, itemEveryMs: 60_000, window: 40, started: Date.now() });
 */
export function startSoakFeedServer(plan: SoakPlan): Promise<SoakFeedServer> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { job: JOB, plan } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { port: number }) => {
      resolve({
        base: `http://127.0.0.1:${m.port}`,
        freeze: (at) => worker.postMessage({ freezeAt: at } satisfies ToWorker),
        close: () =>
          new Promise<void>((done) => {
            worker.once('exit', () => done());
            worker.postMessage({ close: true } satisfies ToWorker);
          }),
      });
    });
  });
}
