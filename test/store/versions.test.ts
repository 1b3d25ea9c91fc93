import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import type { FixtureEvent } from '../merge/fixtures.js';
import { oneLineArticle, reportedDeployment } from '../merge/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-versions-'));

const deploy = reportedDeployment;
const article = (slug: string, published: string, events: FixtureEvent[], words: string) =>
  oneLineArticle('v', slug, published, events, words);

describe('a new version of an article retracts the old version from merging', () => {
  it('keeps the old version stored, drops its events from the incident, and splits what it bridged', async () => {
    const repo = await openSqliteRepository(join(dir, 'v.db'));
    // Early and late reports are 60 days apart (beyond the 45-day window); the middle one bridges them.
    await repo.ingest(article('early', '2024-10-01', [deploy('2024-10-01', 1500)], 'Troops seen'));
    await repo.ingest(article('late', '2024-11-30', [deploy('2024-11-30', 11000)], 'More troops'));
    const v1 = article('middle', '2024-10-30', [deploy('2024-10-30', 3000)], 'A first estimate');
    await repo.ingest(v1);
    const merged = await repo.listIncidents({ limit: 10 });
    expect(merged.total).toBe(1);
    expect(merged.items[0]!.figures.map((f) => f.quantity.value)).toEqual([1500, 3000, 11000]);

    // The corrected text no longer reports a figure or a deployment.
    const v2 = article('middle', '2024-10-30', [], 'The estimate was withdrawn');
    const outcome = await repo.ingest(v2);
    expect(outcome).toMatchObject({ status: 'updated', sameAs: v1.id });
    const after = await repo.listIncidents({ limit: 10 });
    expect(after.total).toBe(2);
    const figures = after.items.map((i) => i.figures.map((f) => f.quantity.value));
    expect(figures).toEqual([[1500], [11000]]);
    for (const i of after.items) expect(i.articleIds).not.toContain(v1.id);
    // The old version is still in the store, with its events, and the new one names it.
    expect((await repo.getArticle(v1.id))?.events).toHaveLength(1);
    expect((await repo.getArticle(v2.id))?.versions).toEqual([v1.id]);
    expect(repo.integrityCheck()).toBe('ok');
    await repo.close();
  });
});
