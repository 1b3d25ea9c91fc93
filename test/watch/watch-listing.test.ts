import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { analyze } from '../../src/pipeline.js';
import { openStores } from '../../src/watch/open-stores.js';
import { runWatch } from '../../src/watch/run-watch.js';
import type { LogEntry } from '../../src/watch/watch-log.js';
import { startNewsSite, type NewsSite } from './news-server.js';

describe('watching a listing page (a section front)', () => {
  let site: NewsSite;
  beforeAll(async () => {
    site = await startNewsSite();
    for (const slug of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
      site.items.push({ slug, day: '2024-11-0' + String(1 + site.items.length) });
    site.raw.set('/robots.txt', {
      type: 'text/plain',
      body: 'User-agent: *\nDisallow: /story/g\n',
    });
  });
  afterAll(() => site.server.close());

  it('reads the page as links and ingests the articles it lists, not the page', async () => {
    const { store, repository } = await openStores(
      join(mkdtempSync(join(tmpdir(), 'sitrep-listing-')), 'store.db'),
    );
    store.addSource(`${site.base}/world`);
    const logs: LogEntry[] = [];
    const run = () =>
      runWatch({
        store,
        repository,
        fetcher: new SafeFetcher({
          allowRanges: ['127.0.0.0/8'],
          perHostIntervalMs: 0,
          retries: 0,
        }),
        analyze,
        log: (e) => logs.push(e),
        everyMs: 1000,
        once: true,
        maxItemsPerPass: 4,
      });
    const first = await run();
    // Four a pass, the top of the page first; the page itself is not an article.
    expect(first.ingested).toBe(4);
    const ingested = () =>
      logs.filter((l) => l.event === 'item-ingested').map((l) => new URL(String(l.url)).pathname);
    expect(ingested()).toEqual(['/story/d', '/story/c', '/story/b', '/story/a']);
    await run();
    expect(ingested().slice(4)).toEqual(['/story/f', '/story/e']);
    expect((await repository.stats()).articles).toBe(6);
    // robots.txt forbids /story/g; the off-site link and the navigation are never fetched.
    expect(site.hits.get('/story/g')).toBeUndefined();
    expect(site.hits.get('/')).toBeUndefined();
    await repository.close();
    store.db.close();
  });
});
