import {
  checkUrlTarget,
  requestOnce,
  type RawResponse,
  type RequestLimits,
} from './http-request.js';
import { FetchError } from './fetch-error.js';
import { HostLimiter } from './host-limiter.js';
import { backoffDelay, parseRetryAfter } from './retry-delay.js';
import { RobotsCache, type RobotsFetch } from './robots-cache.js';
import { USER_AGENT } from './user-agent.js';

/** How a {@link SafeFetcher} behaves; every field has a safe default. */
export interface SafeFetcherOptions extends Partial<RequestLimits> {
  /** Requests at once per host (default 2). */
  perHostConcurrency?: number;
  /** Least time between two request starts to one host (default 1000 ms). */
  perHostIntervalMs?: number;
  /** Retries after the first attempt on 429, 5xx, time-outs and network errors (default 3). */
  retries?: number;
  retryBaseMs?: number;
  /** Longest wait between attempts, Retry-After included (default 60 s). */
  retryMaxMs?: number;
  maxRedirects?: number;
  /** Honour robots.txt (default true). */
  robots?: boolean;
  userAgent?: string;
}

/** Validators from an earlier fetch, for a conditional request. */
export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetched URL: 200 with a body, or 304 (not modified) with none. */
export interface FetchResult {
  /** The URL asked for. */
  requested: string;
  /** The URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  attempts: number;
}

const DEFAULTS = {
  maxBytes: 10 * 1024 * 1024,
  maxDecodedBytes: 50 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  idleTimeoutMs: 15_000,
  allowPrivate: false,
  perHostConcurrency: 2,
  perHostIntervalMs: 1000,
  retries: 3,
  retryBaseMs: 500,
  retryMaxMs: 60_000,
  maxRedirects: 5,
  robots: true,
};

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/**
 * A polite, guarded HTTP client: http(s) only, public addresses only (checked after DNS and on
 * every redirect), size and time limits, robots.txt, per-host limits, retries with backoff.
 *
 * @example
 * const fetcher = new SafeFetcher({ perHostIntervalMs: 2000 });
 * const r = await fetcher.fetch('https://example.org/feed.xml', { etag: '"abc"' });
 * if (r.notModified) console.log('unchanged');
 */
export class SafeFetcher {
  private readonly o: typeof DEFAULTS & { userAgent: string };
  private readonly limiter: HostLimiter;
  private readonly robots: RobotsCache;

  constructor(options: SafeFetcherOptions = {}) {
    this.o = { ...DEFAULTS, userAgent: USER_AGENT };
    for (const [k, v] of Object.entries(options)) {
      if (v !== undefined) (this.o as Record<string, unknown>)[k] = v;
    }
    this.limiter = new HostLimiter(this.o.perHostConcurrency, this.o.perHostIntervalMs);
    this.robots = new RobotsCache((u) => this.loadRobots(u));
  }

  get allowPrivate(): boolean {
    return this.o.allowPrivate;
  }

  /**
   * Fetches `url`, following redirects; throws a {@link FetchError} naming what went wrong.
   * `totalTimeoutMs` bounds the whole fetch, retries and their pauses included: no attempt
   * starts or runs past that deadline.
   */
  async fetch(url: string, conditional: Conditional = {}): Promise<FetchResult> {
    const deadlineAt = Date.now() + this.o.totalTimeoutMs;
    let attempt = 0;
    for (;;) {
      try {
        return {
          ...(await this.fetchFollowing(url, conditional, deadlineAt)),
          attempts: attempt + 1,
        };
      } catch (err) {
        const e =
          err instanceof FetchError
            ? err
            : new FetchError('network', url, err instanceof Error ? err.message : String(err));
        // robots.txt answers are cached: asking again at once would get the same answer.
        if (!e.retryable || e.kind === 'robots') throw withAttempts(e, attempt + 1);
        if (attempt >= this.o.retries) throw withAttempts(e, attempt + 1);
        // A server asking for a longer pause than we wait in-line gets it: the caller backs off.
        if ((e.details.retryAfterMs ?? 0) > this.o.retryMaxMs) throw withAttempts(e, attempt + 1);
        const wait =
          e.details.retryAfterMs ?? backoffDelay(attempt, this.o.retryBaseMs, this.o.retryMaxMs);
        // No time left for another attempt within the budget: say so now rather than overrun.
        if (Date.now() + wait >= deadlineAt) throw withAttempts(e, attempt + 1);
        attempt++;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  /**
   * POSTs a body once (a webhook call): same address rules and limits, no robots.txt, no
   * redirects followed, no retries (the caller's queue retries). Returns the status; `signal`
   * cuts the request off (a FetchError of kind 'stopped').
   */
  async post(
    url: string,
    body: Buffer,
    headers: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<number> {
    const target = parseUrl(url);
    checkUrlTarget(target, this.o);
    const res = await this.limiter.run(target.host, () =>
      requestOnce(target, { 'user-agent': this.o.userAgent, ...headers }, this.o, {
        method: 'POST',
        body,
        ...(signal ? { signal } : {}),
      }),
    );
    return res.status;
  }

  private async fetchFollowing(
    url: string,
    conditional: Conditional,
    deadlineAt: number,
  ): Promise<Omit<FetchResult, 'attempts'>> {
    let current = parseUrl(url);
    for (let hop = 0; ; hop++) {
      // The target is checked before robots.txt so a refused address names the real reason.
      checkUrlTarget(current, this.o);
      if (this.o.robots) await this.checkRobots(current);
      // Validators apply to the URL they came from, so only on the first hop.
      const headers = this.headers(hop === 0 ? conditional : {});
      const res = await this.limiter.run(current.host, () =>
        requestOnce(current, headers, { ...this.o, deadlineAt }),
      );
      const location = header(res, 'location');
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        if (hop >= this.o.maxRedirects) {
          throw new FetchError(
            'redirects',
            url,
            `more than ${this.o.maxRedirects} redirects: the source loops or moved too often`,
          );
        }
        // The next hop is re-checked (scheme, address, robots) by the next turn of the loop.
        current = parseUrl(new URL(location, current).href);
        continue;
      }
      return toResult(url, res);
    }
  }

  private async checkRobots(url: URL): Promise<void> {
    const { allowed, crawlDelayMs, unavailable } = await this.robots.check(url);
    if (crawlDelayMs > 0) this.limiter.setHostInterval(url.host, crawlDelayMs);
    if (unavailable !== undefined) {
      // RFC 9309: robots.txt unreachable means no crawling for now; say why, and that it passes.
      throw new FetchError(
        'robots',
        url.href,
        `robots.txt of ${url.host} could not be read (${unavailable}): not fetching the site until it can`,
        { retryable: true },
      );
    }
    if (!allowed) {
      throw new FetchError('robots', url.href, `robots.txt of ${url.host} disallows this URL`);
    }
  }

  private async loadRobots(robotsUrl: string): Promise<RobotsFetch> {
    let current = parseUrl(robotsUrl);
    try {
      for (let hop = 0; hop <= this.o.maxRedirects; hop++) {
        const res = await this.limiter.run(current.host, () =>
          requestOnce(current, this.headers({}), { ...this.o, maxDecodedBytes: 512 * 1024 }),
        );
        const location = header(res, 'location');
        if (res.status >= 300 && res.status < 400 && location) {
          current = parseUrl(new URL(location, current).href);
          continue;
        }
        return { status: res.status, body: res.body.toString('utf8') };
      }
    } catch (err) {
      // A robots.txt too big to read is treated as no rules rather than as an outage.
      if (err instanceof FetchError && err.kind === 'too-large') return { status: 404, body: '' };
      if (err instanceof FetchError && (err.kind === 'blocked' || err.kind === 'scheme')) throw err;
      return { failed: true, reason: err instanceof Error ? err.message : String(err) };
    }
    return { failed: true, reason: 'it redirects too often' };
  }

  private headers(conditional: Conditional): Record<string, string> {
    const h: Record<string, string> = {
      'user-agent': this.o.userAgent,
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (conditional.etag) h['if-none-match'] = conditional.etag;
    if (conditional.lastModified) h['if-modified-since'] = conditional.lastModified;
    return h;
  }
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new FetchError('scheme', url, 'not a valid URL: give an absolute http(s) address');
  }
}

/** The same error, its message saying how many attempts were made when more than one. */
function withAttempts(e: FetchError, attempts: number): FetchError {
  if (attempts <= 1) return e;
  return new FetchError(e.kind, e.url, `${e.message} (${attempts} attempts)`, e.details);
}

/** What an HTTP error status means for a watched source, in a few words. */
function statusAdvice(status: number): string {
  if (status === 404 || status === 410) return 'not found, check the URL or remove the source';
  if (status === 401 || status === 403) return 'access refused, the site does not let Sitrep in';
  if (status === 429) return 'too many requests, the site asks Sitrep to slow down';
  if (status >= 500) return 'server error, Sitrep tries again later';
  return 'not a page Sitrep can read';
}

function header(res: RawResponse, name: string): string | null {
  const v = res.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

function toResult(requested: string, res: RawResponse): Omit<FetchResult, 'attempts'> {
  if (res.status === 304 || (res.status >= 200 && res.status < 300)) {
    return {
      requested,
      url: res.url,
      status: res.status,
      notModified: res.status === 304,
      body: res.body,
      contentType: header(res, 'content-type'),
      etag: header(res, 'etag'),
      lastModified: header(res, 'last-modified'),
    };
  }
  const retryAfter = parseRetryAfter(header(res, 'retry-after') ?? undefined);
  throw new FetchError(
    'http',
    requested,
    `server answered ${res.status}: ${statusAdvice(res.status)}`,
    {
      status: res.status,
      retryable: RETRY_STATUS.has(res.status),
      ...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
    },
  );
}
