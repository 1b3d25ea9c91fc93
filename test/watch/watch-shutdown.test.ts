import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { analyze } from '../../src/pipeline.js';
import { openStores } from '../../src/watch/open-stores.js';
import { runWatch } from '../../src/watch/run-watch.js';
import type { LogEntry } from '../../src/watch/watch-log.js';
import { startLoopbackServer, type LoopbackServer } from '../fetch/loopback-server.js';

describe('stopping a watch with alert deliveries pending', () => {
  let silent: LoopbackServer;
  // Reads each webhook call and never answers.
  beforeAll(async () => (silent = await startLoopbackServer((req) => req.resume())));
  afterAll(() => silent.close());

  it('stops within one overall deadline and keeps the unsent deliveries queued', async () => {
    const { store, repository } = await openStores(
      join(mkdtempSync(join(tmpdir(), 'sitrep-stop-')), 'store.db'),
    );
    const sub = store.addSubscription({
      url: `http://127.0.0.1:${silent.port}/hook`,
      allowPrivate: true,
      kinds: ['new'],
    });
    store.queueDeliveries(
      sub,
      3,
      [1, 2, 3].map((changeSeq) => ({ changeSeq, payload: '{"kind":"new"}' })),
      0,
    );
    const logs: LogEntry[] = [];
    const stop = new AbortController();
    const watching = runWatch({
      store,
      repository,
      fetcher: new SafeFetcher({ allowRanges: ['127.0.0.0/8'] }),
      analyze,
      log: (e) => logs.push(e),
      sources: () => [],
      everyMs: 60_000,
      alertEveryMs: 50,
      shutdownMs: 500,
      signal: stop.signal,
    });
    // Stopped while the first delivery hangs on the silent receiver.
    await new Promise((r) => setTimeout(r, 400));
    expect(silent.requests.length).toBe(1);
    const stoppedAt = Date.now();
    stop.abort();
    await watching;
    // Waiting 10 s per delivery, the stop took 30 s.
    expect(Date.now() - stoppedAt).toBeLessThan(2500);
    const left = store.dueDeliveries(Date.now());
    expect(left.map((d) => d.attempts)).toEqual([0, 0, 0]);
    expect(logs.filter((l) => l.event === 'alerts-left').map((l) => l.count)).toEqual([3]);
    await repository.close();
    store.db.close();
  }, 15_000);
});
