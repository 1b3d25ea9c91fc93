import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/ingest/fetch/fetch-error.js';
import { SafeFetcher } from '../../src/ingest/fetch/safe-fetcher.js';
import { VERSION } from '../../src/version.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

const LOOPBACK = { allowRanges: ['127.0.0.0/8'], perHostIntervalMs: 0, retryBaseMs: 50 };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error('expected the fetch to fail');
}

/** 1 GB of zeros, generated lazily: never held in memory. */
function zeros(totalBytes: number): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= totalBytes) return this.push(null);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

describe('SafeFetcher on a loopback server', () => {
  let server: LoopbackServer;
  let flaky = 0;
  let limited = 0;
  let active = 0;
  let maxActive = 0;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('User-agent: *\nDisallow: /private\n');
      }
      if (path === '/etag') {
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
        res.writeHead(200, { etag: '"v1"', 'content-type': 'application/xml' });
        return res.end('<rss/>');
      }
      if (path === '/modified') {
        const lm = 'Mon, 04 Nov 2024 10:00:00 GMT';
        if (req.headers['if-modified-since'] === lm) return res.writeHead(304).end();
        res.writeHead(200, { 'last-modified': lm });
        return res.end('body');
      }
      if (path === '/ua') return res.end(req.headers['user-agent']);
      if (path === '/limited') {
        if (limited++ === 0) return res.writeHead(429, { 'retry-after': '1' }).end();
        return res.end('after the wait');
      }
      if (path === '/pause') return res.writeHead(503, { 'retry-after': '3600' }).end();
      if (path === '/flaky') {
        if (flaky++ < 2) return res.writeHead(503).end();
        return res.end('recovered');
      }
      if (path === '/down') return res.writeHead(500).end();
      if (path === '/bomb') {
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
        const gz = createGzip();
        zeros(1024 * 1024 * 1024)
          .pipe(gz)
          .pipe(res);
        res.on('close', () => gz.destroy());
        return;
      }
      if (path === '/gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        const gz = createGzip();
        gz.pipe(res);
        return gz.end('compressed text');
      }
      if (path === '/slow') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const t = setInterval(() => res.write('.'), 50);
        res.on('close', () => clearInterval(t));
        return;
      }
      if (path === '/silent') {
        res.writeHead(200);
        return res.write('start');
      }
      if (path === '/big') {
        res.writeHead(200, { 'content-length': String(5_000_000) });
        return res.end();
      }
      if (path === '/truncated') {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('only a little');
        return setTimeout(() => res.destroy(), 20);
      }
      if (path.startsWith('/hop/')) {
        const n = Number(path.slice(5));
        if (n === 0) return res.end('arrived');
        return res.writeHead(302, { location: `/hop/${n - 1}` }).end();
      }
      if (path === '/to-private')
        return res.writeHead(302, { location: 'http://10.0.0.1/x' }).end();
      if (path === '/to-metadata')
        return res.writeHead(301, { location: 'http://169.254.169.254/latest/' }).end();
      if (path === '/to-ipv6-loopback')
        return res.writeHead(302, { location: 'http://[::1]:9/x' }).end();
      if (path === '/to-ftp') return res.writeHead(302, { location: 'ftp://example.org/x' }).end();
      if (path === '/wait') {
        active++;
        maxActive = Math.max(maxActive, active);
        return setTimeout(() => {
          active--;
          res.end('ok');
        }, 80);
      }
      res.writeHead(404).end();
    });
  });
  afterAll(() => server.close());

  it('sends a user agent naming Sitrep and its version', async () => {
    const r = await new SafeFetcher(LOOPBACK).fetch(`${server.base}/ua`);
    expect(r.body.toString()).toContain(`Sitrep/${VERSION}`);
  });

  it('gets 304 for a conditional request with the ETag', async () => {
    const f = new SafeFetcher(LOOPBACK);
    const first = await f.fetch(`${server.base}/etag`);
    expect([first.status, first.etag]).toEqual([200, '"v1"']);
    const second = await f.fetch(`${server.base}/etag`, { etag: first.etag });
    expect([second.status, second.notModified, second.body.length]).toEqual([304, true, 0]);
  });

  it('gets 304 for a conditional request with Last-Modified', async () => {
    const f = new SafeFetcher(LOOPBACK);
    const first = await f.fetch(`${server.base}/modified`);
    const second = await f.fetch(`${server.base}/modified`, { lastModified: first.lastModified });
    expect(second.notModified).toBe(true);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    const started = Date.now();
    const r = await new SafeFetcher(LOOPBACK).fetch(`${server.base}/limited`);
    const waited = Date.now() - started;
    expect(r.body.toString()).toBe('after the wait');
    expect(r.attempts).toBe(2);
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(5000);
  });

  it('does not wait in line for a Retry-After beyond the cap, and reports it', async () => {
    const started = Date.now();
    const e = await failure(new SafeFetcher(LOOPBACK).fetch(`${server.base}/pause`));
    expect([e.kind, e.details.status, e.details.retryAfterMs]).toEqual(['http', 503, 3_600_000]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries a 503 with backoff, and gives up on a lasting 500 with a clear error', async () => {
    const f = new SafeFetcher(LOOPBACK);
    const r = await f.fetch(`${server.base}/flaky`);
    expect([r.body.toString(), r.attempts]).toEqual(['recovered', 3]);
    const e = await failure(
      new SafeFetcher({ ...LOOPBACK, retries: 1 }).fetch(`${server.base}/down`),
    );
    expect([e.kind, e.details.status, e.message]).toEqual([
      'http',
      500,
      'server answered 500: server error, Sitrep tries again later (2 attempts)',
    ]);
  });

  it('decompresses gzip', async () => {
    const r = await new SafeFetcher(LOOPBACK).fetch(`${server.base}/gzip`);
    expect(r.body.toString()).toBe('compressed text');
  });

  it('stops a gzip bomb (1 GB of zeros) early', async () => {
    const started = Date.now();
    const e = await failure(
      new SafeFetcher({ ...LOOPBACK, maxDecodedBytes: 5_000_000 }).fetch(`${server.base}/bomb`),
    );
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/compression bomb/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('cuts off an endless slow body at the total time limit', async () => {
    const e = await failure(
      new SafeFetcher({ ...LOOPBACK, totalTimeoutMs: 600, retries: 0 }).fetch(
        `${server.base}/slow`,
      ),
    );
    expect([e.kind, e.message]).toEqual([
      'timeout',
      'no complete answer within 0.6 s: try again later',
    ]);
  });

  it('cuts off a silent connection at the idle limit', async () => {
    const e = await failure(
      new SafeFetcher({ ...LOOPBACK, idleTimeoutMs: 300, retries: 0 }).fetch(
        `${server.base}/silent`,
      ),
    );
    expect(e.message).toMatch(/no data for 0.3 s/);
  });

  it('refuses a declared body over the size limit without reading it', async () => {
    const e = await failure(
      new SafeFetcher({ ...LOOPBACK, maxBytes: 1_000_000 }).fetch(`${server.base}/big`),
    );
    expect([e.kind, e.message]).toEqual([
      'too-large',
      'body is 5000000 bytes, over the 1000000-byte limit (raise it with --max-bytes)',
    ]);
  });

  it('reports a truncated body', async () => {
    const e = await failure(
      new SafeFetcher({ ...LOOPBACK, retries: 0 }).fetch(`${server.base}/truncated`),
    );
    expect(e.kind).toBe('truncated');
  });

  it('follows up to 5 redirects and refuses more', async () => {
    const f = new SafeFetcher(LOOPBACK);
    const r = await f.fetch(`${server.base}/hop/5`);
    expect([r.body.toString(), r.url]).toEqual(['arrived', `${server.base}/hop/0`]);
    const e = await failure(f.fetch(`${server.base}/hop/6`));
    expect(e.kind).toBe('redirects');
  });

  it('honours robots.txt', async () => {
    const e = await failure(new SafeFetcher(LOOPBACK).fetch(`${server.base}/private/page`));
    expect([e.kind, e.message]).toEqual([
      'robots',
      `robots.txt of 127.0.0.1:${server.port} disallows this URL`,
    ]);
  });

  it('spaces requests to one host by the interval, and by a longer robots.txt Crawl-delay', async () => {
    const spaced = new SafeFetcher({ ...LOOPBACK, perHostIntervalMs: 150 });
    const started = Date.now();
    // robots.txt, then four pages: five starts, 150 ms apart.
    await Promise.all([1, 2, 3, 4].map(() => spaced.fetch(`${server.base}/ua`)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 150 - 10);
    const slow = await startLoopbackServer((req, res) =>
      res.end(req.url === '/robots.txt' ? 'User-agent: *\nCrawl-delay: 1\n' : 'page'),
    );
    try {
      const polite = new SafeFetcher({ ...LOOPBACK, perHostIntervalMs: 0 });
      await polite.fetch(`${slow.base}/a`);
      const t = Date.now();
      await polite.fetch(`${slow.base}/b`);
      expect(Date.now() - t).toBeGreaterThanOrEqual(900);
    } finally {
      await slow.close();
    }
  });

  it('keeps to 2 requests at once per host', async () => {
    const f = new SafeFetcher(LOOPBACK);
    await Promise.all(Array.from({ length: 6 }, () => f.fetch(`${server.base}/wait`)));
    expect(maxActive).toBe(2);
  });
});

describe('SafeFetcher refuses private addresses unless allowed', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((_req, res) => res.end('should not be reached'));
  });
  afterAll(() => server.close());

  it('refuses a loopback URL, by IP literal and by name, before connecting', async () => {
    const f = new SafeFetcher({ retries: 0 });
    const literal = await failure(f.fetch(`${server.base}/`));
    expect(literal.kind).toBe('blocked');
    expect(literal.message).toMatch(/127\.0\.0\.1 is a private or reserved address/);
    const byName = await failure(f.fetch(`http://localhost:${server.port}/`));
    expect(byName.kind).toBe('blocked');
    expect(byName.message).toMatch(/localhost resolves to .* refused/);
    const v6 = await failure(f.fetch(`http://[::1]:${server.port}/`));
    expect(v6.kind).toBe('blocked');
    expect(server.connections).toBe(0);
  });

  it('refuses metadata and non-http URLs', async () => {
    const f = new SafeFetcher({ retries: 0 });
    expect((await failure(f.fetch('http://169.254.169.254/latest/meta-data'))).kind).toBe(
      'blocked',
    );
    expect((await failure(f.fetch('file:///etc/passwd'))).kind).toBe('scheme');
  });

  it('reaches loopback with allowPrivate', async () => {
    const r = await new SafeFetcher({ allowPrivate: true, robots: false }).fetch(`${server.base}/`);
    expect(r.body.toString()).toBe('should not be reached');
  });
});

describe('SafeFetcher re-checks every redirect hop', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/to-private')
        return res.writeHead(302, { location: 'http://10.0.0.1/x' }).end();
      if (path === '/to-metadata')
        return res.writeHead(301, { location: 'http://169.254.169.254/latest/' }).end();
      if (path === '/to-ftp') return res.writeHead(302, { location: 'ftp://example.org/x' }).end();
      res.writeHead(404).end();
    });
  });
  afterAll(() => server.close());

  // Only 127.0.0.0/8 is opened, so the first hop is reached and the private hop is refused
  // by the address check, before any connection to it is tried.
  const f = new SafeFetcher({ allowRanges: ['127.0.0.0/8'], robots: false, retries: 0 });

  it('refuses a redirect to a private address', async () => {
    const e = await failure(f.fetch(`${server.base}/to-private`));
    expect([e.kind, e.url]).toEqual(['blocked', 'http://10.0.0.1/x']);
  });

  it('refuses a redirect to the metadata address and to another scheme', async () => {
    expect((await failure(f.fetch(`${server.base}/to-metadata`))).kind).toBe('blocked');
    expect((await failure(f.fetch(`${server.base}/to-ftp`))).kind).toBe('scheme');
  });
});

describe('SafeFetcher checks the address after DNS, on a redirect too', () => {
  let first: LoopbackServer | null = null;
  let target: LoopbackServer;
  beforeAll(async () => {
    target = await startLoopbackServer((_req, res) => res.end('should not be reached'));
    // The first hop listens on 127.0.0.2 (Linux routes all of 127/8), the only address opened.
    first = await startLoopbackServer(
      (_req, res) => res.writeHead(302, { location: `http://localhost:${target.port}/x` }).end(),
      '127.0.0.2',
    ).catch(() => null);
  });
  afterAll(async () => {
    await first?.close();
    await target.close();
  });

  it('refuses a redirect to a name that resolves to a loopback address', async (ctx) => {
    if (!first) return ctx.skip('cannot listen on 127.0.0.2 here');
    const f = new SafeFetcher({ allowRanges: ['127.0.0.2/32'], robots: false, retries: 0 });
    const e = await failure(f.fetch(`${first.base}/go`));
    expect([e.kind, e.url]).toEqual(['blocked', `http://localhost:${target.port}/x`]);
    expect(e.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a private or reserved/);
    expect(first.requests).toHaveLength(1);
    expect(target.connections).toBe(0);
  });

  it('names a host that does not resolve, robots.txt first or not', async () => {
    const url = 'http://no-such-host.invalid/feed.xml';
    const plain = await failure(new SafeFetcher({ robots: false, retries: 0 }).fetch(url));
    expect([plain.kind, plain.message]).toEqual([
      'network',
      expect.stringMatching(/^host not found \((ENOTFOUND|EAI_AGAIN)\): check the address$/),
    ]);
    const polite = await failure(new SafeFetcher({ retries: 2 }).fetch(url));
    expect([polite.kind, polite.retryable]).toEqual(['robots', true]);
    expect(polite.message).toMatch(
      /^robots\.txt of no-such-host\.invalid could not be read \(host not found .*\): not fetching the site until it can$/,
    );
  });
});
