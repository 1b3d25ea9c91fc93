import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedArticleHtml } from '../../src/bench/watch-soak.js';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { AnalysisPool } from '../../src/watch/analysis-pool.js';
import { openStores } from '../../src/watch/open-stores.js';
import { runWatch } from '../../src/watch/run-watch.js';
import { longInventedPage } from '../support/long-page.js';
import { startNewsSite, type NewsSite } from './news-server.js';

/** Settles once `path` of `site` has been answered, and `ms` after that. */
async function servedThen(site: NewsSite, path: string, ms: number): Promise<void> {
  while (!site.hits.get(path)) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, ms));
}

describe('sitrep watch on SQLite analyses in threads', () => {
  let slow: NewsSite;
  let quick: NewsSite;
  const pool = new AnalysisPool(2);
  beforeAll(async () => {
    slow = await startNewsSite();
    quick = await startNewsSite();
  });
  afterAll(async () => {
    await pool.close();
    await slow?.server.close();
    await quick?.server.close();
  });

  it('stores another source’s item while a huge document is still being analysed', async () => {
    slow.items.push({ slug: 'huge', day: '2024-11-04' });
    slow.raw.set('/story/huge', {
      type: 'text/html; charset=utf-8',
      body: longInventedPage('Huge report', 300, new Date('2024-11-04T09:00:00Z')),
    });
    quick.items.push({ slug: 'q1', day: '2024-11-05' });
    // The quick source's feed answers only after the huge page went out, so its poll runs while
    // the huge page is analysed: on the main thread it would wait for the analysis to end.
    quick.hold.set('/feed.xml', servedThen(slow, '/story/huge', 100));
    // Both threads started and their models loaded: the test is about the loop, not the start.
    await Promise.all(
      [1, 2].map(() => pool.analyze({ source: 'warm-up', body: 'Freedonia met Sylvania.' })),
    );
    const { store, repository } = await openStores(
      join(mkdtempSync(join(tmpdir(), 'sitrep-threads-')), 'threads.db'),
    );
    store.addSource(`${slow.base}/feed.xml`);
    store.addSource(`${quick.base}/feed.xml`);
    const ingested: string[] = [];
    const pass = await runWatch({
      store,
      repository,
      fetcher: new SafeFetcher({ allowRanges: ['127.0.0.0/8'], perHostIntervalMs: 0 }),
      analyze: pool.analyze,
      log: (e) => {
        if (e.event === 'item-ingested') ingested.push(String(e.url));
      },
      everyMs: 1000,
      once: true,
    });
    await repository.close();
    expect(pass.ingested).toBe(2);
    expect(ingested).toEqual([`${quick.base}/story/q1`, `${slow.base}/story/huge`]);
  }, 120_000);

  it('fails a document whose analysis throws, and goes on with the next', async () => {
    await expect(pool.analyze({ source: 'binary', body: new Uint8Array(64) })).rejects.toThrow(
      /binary/,
    );
    const ok = await pool.analyze({
      source: 'ok',
      body: inventedArticleHtml('after-failure', new Date('2024-11-06T09:00:00Z')),
    });
    expect(ok.events.length).toBeGreaterThan(0);
  });
});
