import { mkdtempSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/watch/open-stores.js';
import { runAlertRound, runWatch, type WatchOptions } from '../../src/watch/run-watch.js';
import { verifySignedBody } from '../../src/watch/alerts/sign-payload.js';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { analyze } from '../../src/pipeline.js';
import type { LogEntry } from '../../src/watch/watch-log.js';
import { startLoopbackServer, type LoopbackServer } from '../fetch/loopback-server.js';
import { claimAnalysis } from './claim-analyses.js';
import { startNewsSite } from './news-server.js';

/** An invented news page (our own words) carrying one claim and its date. */
function claimPage(title: string, claim: string, published: string): string {
  return `<!DOCTYPE html><html><head><title>${title}</title><meta property="article:published_time" content="${published}"></head><body><article><h1>${title}</h1><p>${claim}</p><p>No further detail was given.</p></article></body></html>`;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('alerts: signed webhooks from the change log', () => {
  let hook: LoopbackServer;
  const received: Received[] = [];
  let failNext = 0;
  beforeAll(async () => {
    hook = await startLoopbackServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (failNext > 0) {
          failNext--;
          return res.writeHead(500).end();
        }
        received.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(204).end();
      });
    });
  });
  afterAll(() => hook.close());

  async function setUp(name: string) {
    const { store, repository } = await openStores(
      join(mkdtempSync(join(tmpdir(), 'sitrep-alerts-')), name),
    );
    const logs: LogEntry[] = [];
    const options: WatchOptions = {
      store,
      repository,
      fetcher: new SafeFetcher({ allowRanges: ['127.0.0.0/8'] }),
      analyze,
      log: (e) => logs.push(e),
      everyMs: 1000,
      alerts: {
        fetcher: { allowRanges: ['127.0.0.0/8'] },
        retryBaseMs: 1,
        retryMaxMs: 1,
        maxAttempts: 3,
      },
    };
    return { store, repository, logs, options };
  }

  it('POSTs a correctly signed payload when a claim goes from asserted to confirmed', async () => {
    const { store, repository, options } = await setUp('signed.db');
    store.addSubscription({ url: `${hook.base}/hook`, kinds: ['status'], secret: 'test-secret' });
    await runAlertRound(options);
    await repository.ingest(
      claimAnalysis('a1', '2024-10-20', { code: 'USA', name: 'Washington' }, 'assert', 10000),
    );
    await repository.ingest(
      claimAnalysis('a2', '2025-04-28', { code: 'RUS', name: 'Moscow' }, 'confirm', 11000),
    );
    received.length = 0;
    await runAlertRound(options);
    const payloads = received.map(
      (r) => JSON.parse(r.body.toString()) as { incident?: { status?: string } },
    );
    const confirmed = received.find((_r, i) => payloads[i]?.incident?.status === 'confirmed');
    expect(confirmed).toBeDefined();
    // The first status (asserted, when the incident appeared) is not a change: one alert only.
    expect(payloads).toHaveLength(1);
    expect(verifySignedBody('test-secret', confirmed!.body, confirmed!.headers as never)).toEqual({
      ok: true,
    });
    expect(verifySignedBody('wrong', confirmed!.body, confirmed!.headers as never).ok).toBe(false);
    const payload = JSON.parse(confirmed!.body.toString());
    expect(payload).toMatchObject({ type: 'status', change: { kind: 'status' } });
    expect(payload.incident.history.map((h: { status: string }) => h.status)).toContain('asserted');
    await repository.close();
    store.db.close();
  });

  it('sends signed alerts from what sitrep watch ingests: the new incident, then its confirmation', async () => {
    const site = await startNewsSite();
    const { store, repository, options } = await setUp('watched.db');
    try {
      store.addSource(`${site.base}/feed.xml`);
      // Subscribed before the first run: that run's changes must be alerted, not skipped.
      store.addSubscription({ url: `${hook.base}/hook`, kinds: ['new', 'status'], secret: 'w' });
      site.raw.set('/story/claim-1', {
        type: 'text/html; charset=utf-8',
        body: claimPage(
          'Troops reported in Russia',
          'Ukrainian intelligence said on Friday that about 10,000 North Korean troops had been deployed to Russia.',
          '2024-10-18T09:00:00Z',
        ),
      });
      site.items.push({ slug: 'claim-1', day: '2024-10-18' });
      const watch = {
        ...options,
        once: true,
        fetcher: new SafeFetcher({ allowRanges: ['127.0.0.0/8'], perHostIntervalMs: 0 }),
      };
      received.length = 0;
      expect((await runWatch(watch)).ingested).toBe(1);
      const first = received.map((r) => JSON.parse(r.body.toString()) as Record<string, never>);
      expect(first.map((p) => p.type)).toEqual(['new']);
      expect(first[0]).toMatchObject({ incident: { status: 'asserted' } });

      site.raw.set('/story/claim-2', {
        type: 'text/html; charset=utf-8',
        body: claimPage(
          'Moscow confirms troops',
          'The Kremlin confirmed on Monday that North Korean troops had been deployed to Russia.',
          '2024-10-28T09:00:00Z',
        ),
      });
      site.items.push({ slug: 'claim-2', day: '2024-10-28' });
      received.length = 0;
      expect((await runWatch(watch)).ingested).toBe(1);
      const status = received.find(
        (r) => (JSON.parse(r.body.toString()) as { type: string }).type === 'status',
      );
      expect(status).toBeDefined();
      expect(JSON.parse(status!.body.toString())).toMatchObject({
        incident: { id: first[0]!.incident!['id'], status: 'confirmed' },
      });
      expect(verifySignedBody('w', status!.body, status!.headers as never)).toEqual({ ok: true });
    } finally {
      await repository.close();
      store.db.close();
      await site.server.close();
    }
  });

  it('queues, retries with backoff and caps a failing webhook without blocking ingest', async () => {
    const { store, repository, options, logs } = await setUp('failing.db');
    store.addSubscription({
      url: `${hook.base}/hook`,
      kinds: ['new', 'status', 'figure'],
      secret: 's',
    });
    await runAlertRound(options);
    failNext = 100;
    const outcome = await repository.ingest(
      claimAnalysis('b1', '2024-10-20', { code: 'USA', name: 'Washington' }, 'assert', 10000),
    );
    expect(outcome.status).toBe('new');
    for (let i = 0; i < 4; i++) {
      await runAlertRound(options);
      await new Promise((r) => setTimeout(r, 20));
    }
    const counts = store.deliveryCounts();
    expect(counts.failed).toBeGreaterThan(0);
    expect(counts.delivered ?? 0).toBe(0);
    expect(logs.some((l) => l.event === 'alert-abandoned')).toBe(true);
    failNext = 0;
    await repository.close();
    store.db.close();
  });

  it('refuses a webhook on a private address unless the subscription allows it', async () => {
    const { store, repository, logs } = await setUp('private.db');
    const options: WatchOptions = {
      store,
      repository,
      fetcher: new SafeFetcher(),
      analyze,
      log: (e) => logs.push(e),
      everyMs: 1000,
    };
    store.addSubscription({ url: 'http://10.0.0.1/hook', kinds: ['new'], secret: 's' });
    await runAlertRound(options);
    await repository.ingest(
      claimAnalysis('c1', '2024-10-20', { code: 'USA', name: 'Washington' }, 'assert', 10000),
    );
    await runAlertRound(options);
    // A refusal by policy cannot change on its own: given up at once, not retried.
    const failed = logs.find((l) => l.event === 'alert-abandoned');
    expect(failed?.message).toMatch(/10\.0\.0\.1 is a private or reserved address/);
    await repository.close();
    store.db.close();
  });
});
