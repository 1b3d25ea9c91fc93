import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBody, verifySignedBody } from '../../src/watch/alerts/sign-payload.js';

describe('webhook signatures', () => {
  const body = Buffer.from(JSON.stringify({ timestamp: 1_732_000_000, type: 'status' }));
  const headers = (sig: string, ts = '1732000000') => ({
    'x-sitrep-signature': sig,
    'x-sitrep-timestamp': ts,
  });

  it('signs the raw body with HMAC-SHA256 as sha256=<hex>', () => {
    const hex = createHmac('sha256', 'k').update(body).digest('hex');
    expect(signBody('k', body)).toBe(`sha256=${hex}`);
  });

  it('accepts a fresh, matching delivery and refuses tampering, other keys and replays', () => {
    const sig = signBody('k', body);
    expect(verifySignedBody('k', body, headers(sig), 1_732_000_010_000)).toEqual({ ok: true });
    expect(verifySignedBody('other', body, headers(sig), 1_732_000_010_000)).toMatchObject({
      ok: false,
      reason: 'bad signature',
    });
    const changed = Buffer.from(body.toString().replace('status', 'figure'));
    expect(verifySignedBody('k', changed, headers(sig), 1_732_000_010_000).ok).toBe(false);
    expect(
      verifySignedBody('k', body, headers(sig, '1732000999'), 1_732_000_010_000),
    ).toMatchObject({
      reason: 'timestamp header and body differ',
    });
    expect(verifySignedBody('k', body, headers(sig), 1_732_009_000_000)).toMatchObject({
      reason: 'stale timestamp',
    });
  });
});
