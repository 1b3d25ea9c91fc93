import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/ingest/fetch/fetch-error.js';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

describe('the fetch time-out is one budget, retries included', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' });
      if (req.url === '/endless') {
        // A body that streams forever, one byte at a time: never idle, never complete.
        const drip = setInterval(() => res.write('x'), 50);
        res.on('close', () => clearInterval(drip));
        return;
      }
      // Stalls past the idle limit on the first request, answers the next one at once.
      const stalls = server.requests.filter((r) => r.url === req.url).length === 1;
      if (stalls) res.write('<p>');
      else res.end('<p>Sylvania reopens the border crossing.</p>');
    });
  });
  afterAll(() => server.close());

  const fetcher = () =>
    new SafeFetcher({
      allowPrivate: true,
      totalTimeoutMs: 800,
      idleTimeoutMs: 200,
      retries: 3,
      retryBaseMs: 10,
      perHostIntervalMs: 0,
    });
  const asked = (path: string) => server.requests.filter((r) => r.url === path).length;

  it('does not retry a body still streaming when the budget runs out', async () => {
    const started = Date.now();
    const err = await fetcher()
      .fetch(`${server.base}/endless`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).kind).toBe('timeout');
    // Per attempt with retries it was asked 4 times and took over 3 s.
    expect(asked('/endless')).toBe(1);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('still retries a stall that leaves time in the budget', async () => {
    const r = await fetcher().fetch(`${server.base}/stall-once`);
    expect(r.attempts).toBe(2);
    expect(r.body.toString()).toContain('Sylvania');
  });
});
