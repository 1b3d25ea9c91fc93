import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SitrepApp } from '../../src/serve/app.js';
import type { Repository } from '../../src/store/repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { borderStory } from './story.js';

let dir: string;
let repo: Repository;
let sitrep: SitrepApp;
const text = async (path: string) => (await sitrep.app.request(path)).text();
const json = async (path: string) => (await sitrep.app.request(path)).json();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cache-'));
  repo = await openSqliteRepository(join(dir, 'store.db'));
  sitrep = createApp({ repository: repo, pollMs: 50 });
});

afterAll(async () => {
  sitrep.close();
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a page says about the store, against what the store says now. */
async function pagesAgreeWithStore(): Promise<void> {
  const stats = await json('/api/stats');
  const home = parseHTML(await text('/')).document;
  expect(home.querySelector('.lede')?.textContent).toContain(`${stats.articles} articles read`);
  for (const crisis of (await json('/api/crises')).items as { id: string }[]) {
    const { total } = await json(`/api/incidents?crisis=${crisis.id}`);
    const page = parseHTML(await text(`/crisis/${crisis.id}`)).document;
    expect(page.querySelector('#timeline-count')?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`^${total} incidents?`),
    );
  }
}

describe('pages read through the store cache', () => {
  it('show what each new ingest adds, at once, however often they were asked before', async () => {
    const story = borderStory();
    for (const analysis of story) {
      await repo.ingest(analysis);
      // Twice: the second answer comes from the cache and must still be current.
      await pagesAgreeWithStore();
      await pagesAgreeWithStore();
    }
    expect(story.length).toBeGreaterThan(1);
  });
});
