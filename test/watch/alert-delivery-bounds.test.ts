import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueAlerts } from '../../src/watch/alerts/deliver-alerts.js';
import { openStores } from '../../src/watch/open-stores.js';
import type { LogEntry } from '../../src/watch/watch-log.js';
import { startLoopbackServer, type LoopbackServer } from '../fetch/loopback-server.js';

describe('alert deliveries', () => {
  let fast: LoopbackServer;
  let silent: LoopbackServer;
  let fastAt = 0;
  beforeAll(async () => {
    fast = await startLoopbackServer((req, res) => {
      req.resume();
      req.on('end', () => {
        fastAt = Date.now();
        res.writeHead(204).end();
      });
    });
    // Reads the request and never answers.
    silent = await startLoopbackServer((req) => req.resume());
  });
  afterAll(async () => {
    await fast.close();
    await silent.close();
  });

  async function storeWith(subs: { url: string; allowPrivate: boolean }[]) {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-deliver-'));
    const { store } = await openStores(join(dir, 'store.db'));
    for (const s of subs) {
      const id = store.addSubscription({ ...s, kinds: ['new'] });
      store.queueDeliveries(id, 1, [{ changeSeq: 1, payload: '{"kind":"new"}' }], 0);
    }
    return store;
  }

  it('one receiver that never answers does not hold up the others', async () => {
    const store = await storeWith([
      { url: `http://127.0.0.1:${silent.port}/hook`, allowPrivate: true },
      { url: `http://127.0.0.1:${fast.port}/hook`, allowPrivate: true },
    ]);
    const start = Date.now();
    const result = await deliverDueAlerts(store, () => undefined, {
      fetcher: { totalTimeoutMs: 3000 },
    });
    expect(result).toEqual({ delivered: 1, failed: 1 });
    // Sent one at a time, the fast receiver waited for the silent one's 3 s time-out.
    expect(fastAt - start).toBeLessThan(2000);
  });

  it('gives up at once on a refusal by policy instead of retrying it as temporary', async () => {
    const store = await storeWith([
      { url: `http://127.0.0.1:${fast.port}/hook`, allowPrivate: false },
    ]);
    const logs: LogEntry[] = [];
    await deliverDueAlerts(store, (e) => logs.push(e), { retryBaseMs: 1 });
    expect(logs.map((l) => [l.event, l.attempts])).toEqual([['alert-abandoned', 1]]);
    expect(store.dueDeliveries(Date.now() + 10_000_000)).toEqual([]);
  });
});
