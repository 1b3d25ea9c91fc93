import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { ipLiteralOf, isAddressAllowed, type AddressAllowance } from './address-policy.js';
import { FetchError } from './fetch-error.js';

/** Limits and switches for one HTTP exchange. */
export interface RequestLimits {
  /** Largest body accepted as sent on the wire. */
  maxBytes: number;
  /** Largest body accepted after decompression (stops a gzip bomb early). */
  maxDecodedBytes: number;
  connectTimeoutMs: number;
  /** Whole exchange, headers and body: cuts off an endless slow body. */
  totalTimeoutMs: number;
  /**
   * Epoch ms by which the whole fetch (retries included) must be done; the exchange is cut off
   * then even if `totalTimeoutMs` has not run out, and that time-out is not retried.
   */
  deadlineAt?: number;
  /** Longest silence on the socket. */
  idleTimeoutMs: number;
  allowPrivate: boolean;
  /** CIDR ranges reachable even without allowPrivate. */
  allowRanges?: readonly string[];
}

/** One HTTP response, body read and decompressed (empty for 3xx and 304). */
export interface RawResponse {
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A DNS lookup that refuses names resolving to non-public addresses, before any connection. */
export function makeGuardedLookup(allowance: AddressAllowance, url: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !isAddressAllowed(a.address, allowance));
      if (bad) {
        const e = new FetchError(
          'blocked',
          url,
          `${hostname} resolves to ${bad.address}, a private or reserved address: refused (use --allow-private to permit)`,
        );
        return callback(e as NodeJS.ErrnoException, '', 0);
      }
      if (list.length === 0) return callback(new Error(`no address for ${hostname}`), '', 0);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Refuses a URL before connecting: wrong scheme, or an IP literal that is not public. */
export function checkUrlTarget(url: URL, allowance: AddressAllowance): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      'scheme',
      url.href,
      `only http and https URLs are fetched, not ${url.protocol.replace(':', '')}`,
    );
  }
  const literal = ipLiteralOf(url.hostname);
  if (literal && !isAddressAllowed(literal, allowance)) {
    throw new FetchError(
      'blocked',
      url.href,
      `${literal} is a private or reserved address: refused (use --allow-private to permit)`,
    );
  }
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * One request, no redirects followed: checks the target, resolves through the guarded lookup,
 * enforces the time limits and reads the body through size-counting decompression.
 */
export function requestOnce(
  url: URL,
  headers: Record<string, string>,
  limits: RequestLimits,
  send?: { method: 'POST'; body: Buffer; signal?: AbortSignal },
): Promise<RawResponse> {
  checkUrlTarget(url, limits);
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const stop = (): void =>
      fail(new FetchError('stopped', url.href, 'cut off: Sitrep is shutting down'));
    const fail = (err: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      send?.signal?.removeEventListener('abort', stop);
      req.destroy();
      reject(toFetchError(err, url.href));
    };
    const req = mod.request(url, {
      method: send?.method ?? 'GET',
      headers: send ? { ...headers, 'content-length': String(send.body.length) } : headers,
      agent: url.protocol === 'https:' ? agents.https : agents.http,
      lookup: makeGuardedLookup(limits, url.href),
    });
    const untilDeadline = (limits.deadlineAt ?? Infinity) - Date.now();
    const total = setTimeout(
      () =>
        fail(
          new FetchError(
            'timeout',
            url.href,
            `no complete answer within ${limits.totalTimeoutMs / 1000} s: try again later`,
            // Out of budget: another attempt now would only overrun the caller's deadline.
            untilDeadline <= limits.totalTimeoutMs ? { retryable: false } : {},
          ),
        ),
      Math.max(0, Math.min(limits.totalTimeoutMs, untilDeadline)),
    );
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const connect = setTimeout(
        () =>
          fail(
            new FetchError(
              'timeout',
              url.href,
              `could not connect within ${limits.connectTimeoutMs / 1000} s: try again later`,
            ),
          ),
        limits.connectTimeoutMs,
      );
      socket.once('connect', () => clearTimeout(connect));
      socket.once('close', () => clearTimeout(connect));
    });
    req.setTimeout(limits.idleTimeoutMs, () =>
      fail(
        new FetchError(
          'timeout',
          url.href,
          `no data for ${limits.idleTimeoutMs / 1000} s: try again later`,
        ),
      ),
    );
    req.on('error', fail);
    if (send?.signal?.aborted) stop();
    else send?.signal?.addEventListener('abort', stop, { once: true });
    req.on('response', (res) => {
      readBody(res, url.href, limits).then(
        (body) => {
          if (settled) return;
          settled = true;
          clearTimeout(total);
          send?.signal?.removeEventListener('abort', stop);
          resolve({ url: url.href, status: res.statusCode ?? 0, headers: res.headers, body });
        },
        (err: unknown) => fail(err),
      );
    });
    req.end(send?.body);
  });
}

async function readBody(
  res: http.IncomingMessage,
  url: string,
  limits: RequestLimits,
): Promise<Buffer> {
  const status = res.statusCode ?? 0;
  // Redirects and 304 carry no body we need; drop it rather than read it.
  if (status === 304 || (status >= 300 && status < 400)) {
    res.resume();
    return Buffer.alloc(0);
  }
  const declared = Number(res.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    throw new FetchError(
      'too-large',
      url,
      `body is ${declared} bytes, over the ${limits.maxBytes}-byte limit (raise it with --max-bytes)`,
    );
  }
  const chunks: Buffer[] = [];
  let wire = 0;
  let decoded = 0;
  const countWire = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      wire += chunk.length;
      if (wire > limits.maxBytes) {
        cb(
          new FetchError(
            'too-large',
            url,
            `body is over the ${limits.maxBytes}-byte limit (raise it with --max-bytes)`,
          ),
        );
      } else cb(null, chunk);
    },
  });
  const collect = new Writable({
    write(chunk: Buffer, _enc, cb) {
      decoded += chunk.length;
      if (decoded > limits.maxDecodedBytes) {
        cb(
          new FetchError(
            'too-large',
            url,
            `body decompresses to over ${limits.maxDecodedBytes} bytes: refused as a likely compression bomb`,
          ),
        );
      } else {
        chunks.push(chunk);
        cb();
      }
    },
  });
  const decoder = decoderFor(res.headers['content-encoding'], url);
  const stages: (Readable | Transform | Writable)[] = [res, countWire];
  if (decoder) stages.push(decoder);
  stages.push(collect);
  await (pipeline as (...s: unknown[]) => Promise<void>)(...stages);
  if (!res.complete) {
    throw new FetchError('truncated', url, 'the connection closed before the body was complete');
  }
  return Buffer.concat(chunks);
}

function decoderFor(encoding: string | undefined, url: string): Transform | null {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === '' || e === 'identity') return null;
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  throw new FetchError('encoding', url, `unsupported content encoding "${e}"`);
}

function toFetchError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'Z_BUF_ERROR' || e.code === 'Z_DATA_ERROR' || e.code?.startsWith('ERR_BROTLI')) {
    return new FetchError(
      'truncated',
      url,
      `compressed body is truncated or corrupt (${e.message})`,
    );
  }
  if (
    e.code === 'ECONNRESET' ||
    e.code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    e.message === 'aborted'
  ) {
    return new FetchError('truncated', url, 'the connection closed before the body was complete');
  }
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') {
    return new FetchError('network', url, `host not found (${e.code}): check the address`);
  }
  return new FetchError('network', url, `could not fetch: ${e.code ?? e.message}`);
}
