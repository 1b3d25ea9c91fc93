import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { analyze } from '../../src/pipeline.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { openStores } from '../../src/watch/open-stores.js';
import { runWatch } from '../../src/watch/run-watch.js';
import { readEvents } from '../support/read-sse.js';
import { startNewsSite, type NewsSite } from './news-server.js';

describe('a watched item reaches an open page stream', () => {
  let site: NewsSite;
  let server: RunningServer;
  beforeAll(async () => {
    site = await startNewsSite();
  });
  afterAll(async () => {
    await server?.close();
    await site.server.close();
  });

  it('shows a new feed item on /events/stream of sitrep serve', async () => {
    const { store, repository } = await openStores(
      join(mkdtempSync(join(tmpdir(), 'sitrep-sse-')), 'sse.db'),
    );
    server = await startServer({ repository, port: 0, pollMs: 50 });
    store.addSource(`${site.base}/feed.xml`);
    const events: { event: string; data: string }[] = [];
    let ready!: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    const stream = readEvents(`${server.url}/events/stream`, (event, data) => {
      events.push({ event, data });
      if (event === 'ready') ready();
    });
    await isReady;
    site.items.push({ slug: 'sse-1', day: '2024-11-05' });
    const pass = await runWatch({
      store,
      repository,
      fetcher: new SafeFetcher({ allowRanges: ['127.0.0.0/8'], perHostIntervalMs: 0 }),
      analyze,
      log: () => undefined,
      everyMs: 1000,
      once: true,
    });
    expect(pass.ingested).toBe(1);
    const articleId = store.db
      .prepare('SELECT article_id AS id FROM watch_seen_items WHERE item_key = ?')
      .get('urn:story:sse-1') as { id: string };
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !events.some((e) => e.data.includes(articleId.id))) {
      await new Promise((r) => setTimeout(r, 50));
    }
    stream.close();
    expect(events.some((e) => e.data.includes(articleId.id))).toBe(true);
  });
});
