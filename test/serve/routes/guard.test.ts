import { describe, expect, it } from 'vitest';
import { type ServedApp, serveForTests } from '../served-app.js';
import { borderStory } from '../story.js';

const open = serveForTests(borderStory, { listenUrl: () => 'http://127.0.0.1:3000' });
const pinned = serveForTests(borderStory, { publicUrl: 'https://sitrep.example.org' });
const firstClaimId = async (app: ServedApp) =>
  (await app.repo.listIncidents({ limit: 1 })).items[0]?.id ?? '';

describe('security headers', () => {
  it('sets the security headers on every response', async () => {
    for (const path of ['/', '/api/stats', '/static/live.js', '/nowhere']) {
      const res = await open.get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

const asHost = (app: ServedApp, path: string, host: string) =>
  app.sitrep.app.request(`http://${host}${path}`, { headers: { host } });

describe('the Host header', () => {
  it('never reaches feed ids and links: they use the address listened on', async () => {
    const claimId = await firstClaimId(open);
    const res = await asHost(open, `/claim/${claimId}/feed.atom`, 'evil.example.com');
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).not.toContain('evil.example.com');
    expect(xml).toContain('http://127.0.0.1:3000/');
  });

  it('with a public URL set, builds links on it and refuses other hosts', async () => {
    const claimId = await firstClaimId(pinned);
    const good = await asHost(pinned, `/claim/${claimId}/feed.atom`, 'sitrep.example.org');
    expect(good.status).toBe(200);
    expect(await good.text()).toContain('https://sitrep.example.org/');
    const other = await asHost(pinned, '/', 'evil.example.com');
    expect(other.status).toBe(421);
    expect(await other.text()).toMatch(/answers for sitrep\.example\.org only/);
  });
});
