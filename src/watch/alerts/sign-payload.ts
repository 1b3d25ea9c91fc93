import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-sitrep-signature';
export const TIMESTAMP_HEADER = 'x-sitrep-timestamp';

/**
 * The signature header value for a raw body: `sha256=<hex HMAC-SHA256(secret, body)>`.
 * The body carries the same timestamp as the timestamp header, so the signature covers it.
 *
 * @example
 * signBody('s3cret', Buffer.from('{"a":1}')); // 'sha256=…'
 */
export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * What a receiver checks: the signature matches the raw body, the timestamp header matches the
 * body's `timestamp`, and it is recent (replays of old deliveries are refused).
 *
 * @example
 * verifySignedBody(secret, rawBody, req.headers, Date.now()); // { ok: true } or a reason
 */
export function verifySignedBody(
  secret: string,
  body: Buffer,
  headers: Record<string, string | string[] | undefined>,
  now = Date.now(),
  toleranceMs = 5 * 60_000,
): { ok: true } | { ok: false; reason: string } {
  const given = String(headers[SIGNATURE_HEADER] ?? '');
  const expected = signBody(secret, body);
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    return { ok: false, reason: 'bad signature' };
  const stamp = String(headers[TIMESTAMP_HEADER] ?? '');
  let inBody: unknown;
  try {
    inBody = (JSON.parse(body.toString('utf8')) as { timestamp?: unknown }).timestamp;
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  if (String(inBody) !== stamp) return { ok: false, reason: 'timestamp header and body differ' };
  if (Math.abs(now - Number(stamp) * 1000) > toleranceMs)
    return { ok: false, reason: 'stale timestamp' };
  return { ok: true };
}
