import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyWatchMigration, WatchStore } from '../../src/store/watch-store.js';
import { nextAttemptAfterFailure } from '../../src/watch/source-backoff.js';
import { parseInterval } from '../../src/watch/parse-interval.js';

function freshStore(): WatchStore {
  const db = new Database(':memory:');
  applyWatchMigration(db);
  return new WatchStore(db);
}

describe('WatchStore', () => {
  it('adds, lists and removes sources; adding twice keeps one', () => {
    const s = freshStore();
    expect(s.addSource('https://a.example/feed')).toBe(true);
    s.addSource('https://a.example/feed');
    s.addSource('https://b.example/sitemap.xml', 'sitemap');
    expect(s.listSources().map((x) => [x.url, x.kind])).toEqual([
      ['https://a.example/feed', 'auto'],
      ['https://b.example/sitemap.xml', 'sitemap'],
    ]);
    expect(s.removeSource('https://a.example/feed')).toBe(true);
    expect(s.removeSource('https://a.example/feed')).toBe(false);
  });

  it('keeps validators and counts failures with a backoff time', () => {
    const s = freshStore();
    s.recordFetchSuccess('u', { etag: '"e"', lastModified: null, status: '200' });
    expect(s.getFetchState('u')).toMatchObject({ etag: '"e"', failures: 0 });
    expect(s.recordFetchFailure('u', 'boom', 123)).toBe(1);
    expect(s.recordFetchFailure('u', 'boom', 456)).toBe(2);
    expect(s.getFetchState('u')).toMatchObject({
      failures: 2,
      nextAttemptAt: 456,
      lastError: 'boom',
    });
    s.recordFetchSuccess('u', { etag: null, lastModified: null, status: '200' });
    expect(s.getFetchState('u')).toMatchObject({ failures: 0, nextAttemptAt: 0, etag: null });
  });

  it('settles an item only once it is ingested, a duplicate or given up', () => {
    const s = freshStore();
    const item = { key: 'g1', url: 'https://a.example/1' };
    s.markSeen('src', item, { status: 'failed', error: 'timeout' });
    expect([...s.settledKeys('src', ['g1', 'g2'])]).toEqual([]);
    s.markSeen('src', item, { status: 'ingested', contentHash: 'h1', articleId: 'a1' });
    expect([...s.settledKeys('src', ['g1', 'g2'])]).toEqual(['g1']);
    expect(s.hasContent('h1')).toBe(true);
    expect(s.hasContent('h2')).toBe(false);
  });

  it('queues deliveries with the cursor, once per change, and reschedules failures', () => {
    const s = freshStore();
    const id = s.addSubscription({ url: 'https://hook.example/', kinds: ['status'], secret: 'k' });
    s.queueDeliveries(id, 5, [{ changeSeq: 5, payload: '{}' }], 1000);
    s.queueDeliveries(id, 5, [{ changeSeq: 5, payload: '{}' }], 1000);
    expect(s.listSubscriptions()[0]?.cursor).toBe(5);
    const [due] = s.dueDeliveries(1000);
    expect(s.dueDeliveries(1000)).toHaveLength(1);
    s.recordDelivery(due!.id, { ok: false, error: '500', retryAt: 5000 });
    expect(s.dueDeliveries(2000)).toHaveLength(0);
    expect(s.dueDeliveries(5000)).toHaveLength(1);
    s.recordDelivery(due!.id, { ok: false, error: '500', retryAt: null });
    expect(s.deliveryCounts()).toEqual({ failed: 1 });
  });
});

describe('intervals and source backoff', () => {
  it('parses intervals', () => {
    expect([
      parseInterval('5m'),
      parseInterval('30s'),
      parseInterval('2h'),
      parseInterval('90'),
    ]).toEqual([300_000, 30_000, 7_200_000, 90_000]);
    expect(parseInterval('soon')).toBeNull();
    expect(parseInterval('0')).toBeNull();
  });

  it('retries a source on the next pass after one failure, then backs off up to 6 h', () => {
    const mid = () => 0.5;
    expect(nextAttemptAfterFailure(1, 0, mid)).toBe(0);
    expect(nextAttemptAfterFailure(2, 0, mid)).toBe(60_000);
    expect(nextAttemptAfterFailure(4, 0, mid)).toBe(240_000);
    expect(nextAttemptAfterFailure(40, 0, mid)).toBe(6 * 3_600_000);
  });
});
