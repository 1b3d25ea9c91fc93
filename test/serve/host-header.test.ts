import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SitrepApp } from '../../src/serve/app.js';
import type { Repository } from '../../src/store/repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { borderStory } from './story.js';

let dir: string;
let repo: Repository;
let open: SitrepApp;
let pinned: SitrepApp;
let claimId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-host-'));
  repo = await openSqliteRepository(join(dir, 'store.db'));
  for (const analysis of borderStory()) await repo.ingest(analysis);
  claimId = (await repo.listIncidents({ limit: 1 })).items[0]?.id ?? '';
  open = createApp({ repository: repo, listenUrl: () => 'http://127.0.0.1:3000' });
  pinned = createApp({ repository: repo, publicUrl: 'https://sitrep.example.org' });
});

afterAll(async () => {
  open.close();
  pinned.close();
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

const asHost = (app: SitrepApp, path: string, host: string) =>
  app.app.request(`http://${host}${path}`, { headers: { host } });

describe('the Host header', () => {
  it('never reaches feed ids and links: they use the address listened on', async () => {
    const res = await asHost(open, `/claim/${claimId}/feed.atom`, 'evil.example.com');
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).not.toContain('evil.example.com');
    expect(xml).toContain('http://127.0.0.1:3000/');
  });

  it('with a public URL set, builds links on it and refuses other hosts', async () => {
    const good = await asHost(pinned, `/claim/${claimId}/feed.atom`, 'sitrep.example.org');
    expect(good.status).toBe(200);
    expect(await good.text()).toContain('https://sitrep.example.org/');
    const other = await asHost(pinned, '/', 'evil.example.com');
    expect(other.status).toBe(421);
    expect(await other.text()).toMatch(/answers for sitrep\.example\.org only/);
  });
});
