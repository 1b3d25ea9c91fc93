import { describe, expect, it } from 'vitest';
import type { Repository } from '../../src/store/repository.js';
import { openPgRepository } from '../../src/store/pg-repository.js';
import { ARTICLES, buildAnalysis, shuffled } from '../merge/fixtures.js';
import { freshPgDatabase, testPostgresUrl } from '../support/postgres.js';

const server = testPostgresUrl();

/** What must not depend on who ingested what when: articles, incidents, statuses, figures, crises. */
async function snapshot(repo: Repository): Promise<string> {
  const incidents = (await repo.listIncidents({ limit: 1000 })).items.map((i) => ({
    id: i.id,
    status: i.status,
    eventIds: [...i.eventIds].sort(),
    figures: i.figures.map((f) => [f.quantity.value, f.source?.code ?? null]).sort(),
    crisisId: i.crisisId,
  }));
  const articles = (await repo.listArticles({ limit: 1000 })).items.map((a) => a.id).sort();
  const crises = (await repo.listCrises()).map((c) => [c.id, c.name, c.incidentIds]).sort();
  return JSON.stringify({ articles, incidents, crises });
}

describe.skipIf(!server)('two workers ingesting one story at once (PostgreSQL)', () => {
  it('store each article once and merge as a serial ingest does', async () => {
    const analyses = ARTICLES.map(buildAnalysis);
    const serial = await openPgRepository(await freshPgDatabase(server!));
    for (const a of analyses) await serial.ingest(a);
    const expected = await snapshot(serial);
    await serial.close();

    for (const seed of [1, 2, 3]) {
      const url = await freshPgDatabase(server!);
      // Two processes' worth of connections; their article sets overlap in the middle.
      const [one, two] = await Promise.all([openPgRepository(url), openPgRepository(url)]);
      const first = shuffled(analyses.slice(0, 5), seed);
      const second = shuffled(analyses.slice(2), seed + 10);
      const outcomes = await Promise.all([
        (async () => Promise.all(first.map((a) => one.ingest(a))))(),
        (async () => Promise.all(second.map((a) => two.ingest(a))))(),
      ]);
      const stored = outcomes.flat().filter((o) => o.status === 'new');
      expect(stored).toHaveLength(analyses.length);
      expect(await snapshot(one)).toBe(expected);
      await Promise.all([one.close(), two.close()]);
    }
  });
});
