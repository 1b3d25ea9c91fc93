import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { analyze } from '../../src/pipeline.js';
import type { Repository } from '../../src/store/repository.js';
import type { WatchStore } from '../../src/store/watch-store.js';
import { openStores } from '../../src/watch/open-stores.js';
import { runWatch } from '../../src/watch/run-watch.js';
import type { LogEntry } from '../../src/watch/watch-log.js';
import { startNewsSite, type NewsSite } from './news-server.js';

interface Harness {
  store: WatchStore;
  repository: Repository;
  logs: LogEntry[];
  once(): Promise<Awaited<ReturnType<typeof runWatch>>>;
  close(): Promise<void>;
}

async function open(dbPath: string): Promise<Harness> {
  const { store, repository } = await openStores(dbPath);
  const logs: LogEntry[] = [];
  const fetcher = new SafeFetcher({
    allowRanges: ['127.0.0.0/8'],
    perHostIntervalMs: 0,
    retries: 0,
    totalTimeoutMs: 5000,
  });
  return {
    store,
    repository,
    logs,
    once: () =>
      runWatch({
        store,
        repository,
        fetcher,
        analyze,
        log: (e) => logs.push(e),
        everyMs: 1000,
        once: true,
      }),
    close: async () => {
      await repository.close();
      store.db.close();
    },
  };
}

describe('sitrep watch against a loopback news site', () => {
  let site: NewsSite;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  const db = join(dir, 'watch.db');
  beforeAll(async () => {
    site = await startNewsSite();
    site.items.push({ slug: 'a', day: '2024-11-01' }, { slug: 'b', day: '2024-11-02' });
  });
  afterAll(() => site.server.close());

  it('ingests the items of a new feed, then gets 304 and fetches nothing more', async () => {
    const h = await open(db);
    h.store.addSource(`${site.base}/feed.xml`);
    const first = await h.once();
    expect(first.ingested).toBe(2);
    expect((await h.repository.stats()).articles).toBe(2);
    const second = await h.once();
    expect([second.notModified, second.ingested]).toEqual([1, 0]);
    expect(site.notModified).toBe(1);
    expect(site.hits.get('/story/a')).toBe(1);
    await h.close();
  });

  it('after a restart fetches only the new item, which appears in the store and the change log', async () => {
    site.items.push({ slug: 'c', day: '2024-11-03' });
    const h = await open(db);
    const before = await h.repository.changesSince(0, 10_000);
    const lastSeq = before.at(-1)?.seq ?? 0;
    const pass = await h.once();
    expect(pass.ingested).toBe(1);
    expect([site.hits.get('/story/a'), site.hits.get('/story/c')]).toEqual([1, 1]);
    const changes = await h.repository.changesSince(lastSeq);
    const article = changes.find((c) => c.kind === 'article');
    expect(article?.articleId).toBeTruthy();
    const stored = await h.repository.getArticle(article!.articleId!);
    expect(stored?.article.url).toBe(`${site.base}/story/c`);
    await h.close();
  });

  it('retries an item whose fetch failed, without a 304 hiding it', async () => {
    site.items.push({ slug: 'd', day: '2024-11-04' });
    site.failing.set('/story/d', 503);
    const h = await open(db);
    const failed = await h.once();
    expect([failed.ingested, failed.itemErrors]).toEqual([0, 1]);
    expect(h.logs.find((l) => l.event === 'item-failed')).toMatchObject({
      source: `${site.base}/feed.xml`,
      url: `${site.base}/story/d`,
    });
    site.failing.delete('/story/d');
    const retried = await h.once();
    expect(retried.ingested).toBe(1);
    await h.close();
  });

  it('reads a news sitemap and a single page (again when it changes)', async () => {
    const h = await open(join(dir, 'other.db'));
    h.store.addSource(`${site.base}/sitemap.xml`);
    h.store.addSource(`${site.base}/live`);
    const first = await h.once();
    expect(first.ingested).toBe(site.items.length + 1);
    site.pageText = 'second version with news';
    const second = await h.once();
    expect(second.ingested).toBe(1);
    await h.close();
  });

  it('gives each bad source a clear error and goes on with the others', async () => {
    site.raw.set('/malformed.xml', {
      type: 'application/rss+xml',
      body: '<rss version="2.0"><channel><item><title>x</item></channel></rss>',
    });
    site.raw.set('/truncated.xml', {
      type: 'application/rss+xml',
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>cut</title><item><title>x',
    });
    site.raw.set('/latin1.xml', {
      type: 'application/rss+xml',
      body: iconv.encode(
        '<rss version="2.0"><channel><title>Caf\u00e9</title></channel></rss>',
        'latin1',
      ),
    });
    site.cut.add('/cut-off.xml');
    const h = await open(join(dir, 'bad.db'));
    const paths = ['/malformed.xml', '/truncated.xml', '/latin1.xml', '/gone.xml', '/cut-off.xml'];
    for (const p of [...paths, '/feed.xml']) h.store.addSource(`${site.base}${p}`);
    h.store.addSource('http://no-such-host.invalid/feed.xml');
    const pass = await h.once();
    expect(pass.sourceErrors).toBe(6);
    expect(pass.ingested).toBe(site.items.length);
    const messages = Object.fromEntries(
      h.logs
        .filter((l) => l.event === 'source-failed')
        .map((l) => [String(l.url).replace(site.base, ''), l.message]),
    );
    expect(messages['/malformed.xml']).toMatch(
      /not well-formed XML \(line 1: <\/item> closes <title>/,
    );
    expect(messages['/truncated.xml']).toMatch(/truncated/);
    expect(messages['/latin1.xml']).toMatch(/not valid UTF-8/);
    expect(messages['/gone.xml']).toBe(
      'server answered 404: not found, check the URL or remove the source',
    );
    expect(messages['/cut-off.xml']).toMatch(/connection closed before the body was complete/);
    expect(messages['http://no-such-host.invalid/feed.xml']).toMatch(/host not found/);
    // One line per bad source.
    expect(h.logs.filter((l) => l.event === 'source-failed')).toHaveLength(6);
    await h.close();
  });

  it('backs off a source that keeps failing', async () => {
    const h = await open(join(dir, 'backoff.db'));
    site.failing.set('/down.xml', 500);
    h.store.addSource(`${site.base}/down.xml`);
    await h.once();
    await h.once();
    const hits = site.hits.get('/down.xml');
    const third = await h.once();
    expect(third.skipped).toBe(1);
    expect(site.hits.get('/down.xml')).toBe(hits);
    expect(h.store.getFetchState(`${site.base}/down.xml`).failures).toBe(2);
    await h.close();
  });
});

describe('sitrep watch with more new items than one pass takes', () => {
  let site: NewsSite;
  beforeAll(async () => {
    site = await startNewsSite();
    for (let i = 1; i <= 5; i++) site.items.push({ slug: `m${i}`, day: `2024-11-0${i}` });
  });
  afterAll(() => site.server.close());

  it('takes the newest items first, then the older ones on later passes, without a 304 hiding them', async () => {
    const { store, repository } = await openStores(
      join(mkdtempSync(join(tmpdir(), 'sitrep-batch-')), 'batch.db'),
    );
    const fetcher = new SafeFetcher({ allowRanges: ['127.0.0.0/8'], perHostIntervalMs: 0 });
    store.addSource(`${site.base}/sitemap.xml`);
    const order: string[] = [];
    const pass = () =>
      runWatch({
        store,
        repository,
        fetcher,
        analyze,
        log: (e) => void (e.event === 'item-ingested' && order.push(String(e.url).slice(-2))),
        everyMs: 1000,
        once: true,
        maxItemsPerPass: 2,
      });
    expect((await pass()).ingested).toBe(2);
    expect(order).toEqual(['m4', 'm5']);
    expect((await pass()).ingested).toBe(2);
    expect((await pass()).ingested).toBe(1);
    expect(order).toEqual(['m4', 'm5', 'm2', 'm3', 'm1']);
    const quiet = await pass();
    expect([quiet.ingested, quiet.notModified]).toEqual([0, 1]);
    await repository.close();
    store.db.close();
  });
});
