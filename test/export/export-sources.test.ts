import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesOf } from '../../src/export/cited-articles.js';
import { loadExportSources } from '../../src/export/export-sources.js';
import { leadEvidenceOf } from '../../src/export/lead-evidence.js';
import type { Incident } from '../../src/model/index.js';
import type { SqliteRepository } from '../../src/store/sqlite-repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { borderStory, hostileStory } from '../serve/story.js';

let dir: string;
let repo: SqliteRepository;
let incidents: Incident[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-export-sources-'));
  repo = await openSqliteRepository(join(dir, 'store.db'));
  for (const analysis of [...borderStory(), hostileStory()]) await repo.ingest(analysis);
  incidents = (await repo.listIncidents({ limit: 1000 })).items;
});

afterAll(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadExportSources: what the store adds to the incidents', () => {
  it('finds every cited article with its stored title and address', async () => {
    const { articles } = await loadExportSources(repo, incidents);
    for (const i of incidents)
      for (const cited of articlesOf(i, articles)) {
        const stored = (await repo.getArticle(cited.id))?.article;
        expect(cited.title).toBe(stored?.title);
        expect(cited.url).toBe(stored?.canonicalUrl ?? stored?.url);
      }
  });

  it('gives every incident a sentence of its own article, statements or not', async () => {
    // Stores written before outlets' own-voice statements hold incidents with none at all.
    const first = incidents[0]!;
    const all = [...incidents, { ...first, id: `${first.id}-bare`, statements: [] }];
    const { lead } = await loadExportSources(repo, all);
    for (const i of all) {
      const found = leadEvidenceOf(i, lead);
      const article = found ? (await repo.getArticle(found.articleId))?.article : undefined;
      expect(found && article?.text.slice(found.evidence.span.start, found.evidence.span.end)).toBe(
        found?.evidence.text,
      );
    }
  });
});
