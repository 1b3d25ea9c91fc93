import { describe, expect, it } from 'vitest';
import type { Repository } from '../../src/store/repository.js';
import { ARTICLES, buildAnalysis, shuffled } from '../merge/fixtures.js';

/** What any backend must do; SQLite runs it now, PostgreSQL later with its own factory. */
export function runRepositoryContract(
  name: string,
  open: () => Promise<Repository & { integrityCheck?: () => string }>,
): void {
  describe(`Repository contract: ${name}`, () => {
    it('stores an article once and says what a duplicate repeats', async () => {
      const repo = await open();
      const a = buildAnalysis(ARTICLES[0]!);
      const first = await repo.ingest(a);
      expect(first.status).toBe('new');
      const again = await repo.ingest({ ...a, url: 'https://mirror.example/x' });
      expect(again).toMatchObject({ status: 'duplicate', sameAs: first.articleId });
      expect((await repo.stats()).articles).toBe(1);
      const stored = await repo.getArticle(first.articleId);
      expect(stored?.events).toHaveLength(1);
      expect(await repo.getEvent(a.events[0]!.id)).toMatchObject({ type: 'AID' });
      await repo.close();
    });

    it('keeps a changed text at the same URL as a new version', async () => {
      const repo = await open();
      const a = buildAnalysis(ARTICLES[0]!);
      await repo.ingest(a);
      const b = buildAnalysis({
        ...ARTICLES[0]!,
        sentences: [...ARTICLES[0]!.sentences, 'Updated.'],
      });
      const out = await repo.ingest(b);
      expect(out).toMatchObject({ status: 'updated', sameAs: a.id });
      expect((await repo.getArticle(b.id))?.versions).toEqual([a.id]);
      await repo.close();
    });

    it('merges reports of one deployment into one incident with its claim history and figures', async () => {
      const repo = await open();
      for (const a of ARTICLES) await repo.ingest(buildAnalysis(a));
      const page = await repo.listIncidents({ actor: 'PRK' });
      expect(page.total).toBe(1);
      const inc = page.items[0]!;
      expect(inc.articleIds).toHaveLength(6);
      expect(inc.history.map((h) => h.status)).toEqual(['asserted', 'disputed', 'confirmed']);
      expect(inc.status).toBe('confirmed');
      expect(inc.figures.map((f) => [f.quantity.value, f.source?.code])).toEqual([
        [1500, 'KOR'],
        [3000, 'UKR'],
        [10000, 'USA'],
        [11000, 'KOR'],
      ]);
      expect(await repo.getIncident(inc.id)).toMatchObject({ id: inc.id, status: 'confirmed' });
      const crises = await repo.listCrises();
      expect(crises.map((c) => c.name).sort()).toEqual([
        'India – Pakistan, May 2025',
        'North Korea – Russia: Kursk',
      ]);
      expect((await repo.getCrisis(inc.crisisId!))?.incidentIds).toEqual([inc.id]);
      expect((await repo.listIncidents({ status: 'confirmed' })).total).toBe(1);
      expect((await repo.listIncidents({ type: 'ASSAULT', status: 'reported' })).total).toBe(1);
      expect((await repo.listIncidents({ since: '2025-01-01' })).total).toBe(1);
      expect((await repo.listIncidents({ q: 'artillery' })).items[0]?.type).toBe('ASSAULT');
      await repo.close();
    });

    it('gives the same incidents whatever order the articles arrive in', async () => {
      const snapshot = async (order: typeof ARTICLES): Promise<string> => {
        const repo = await open();
        for (const a of order) await repo.ingest(buildAnalysis(a));
        const page = await repo.listIncidents({ limit: 1000 });
        const crises = await repo.listCrises();
        await repo.close();
        return JSON.stringify({
          incidents: page.items,
          crises: crises.sort((x, y) => x.id.localeCompare(y.id)),
        });
      };
      const reference = await snapshot(ARTICLES);
      for (let seed = 1; seed <= 12; seed++)
        expect(await snapshot(shuffled(ARTICLES, seed))).toBe(reference);
    });

    it('finds text and evidence, and logs changes in order', async () => {
      const repo = await open();
      for (const a of ARTICLES.slice(0, 3)) await repo.ingest(buildAnalysis(a));
      const hits = await repo.search('Kremlin');
      expect(hits.some((h) => h.kind === 'evidence' && h.snippet.includes('[Kremlin]'))).toBe(true);
      expect(await repo.search('"unbalanced (')).toEqual([]);
      const changes = await repo.changesSince(0);
      expect(changes.map((c) => c.seq)).toEqual(
        [...changes.map((c) => c.seq)].sort((x, y) => x - y),
      );
      expect(changes.filter((c) => c.kind === 'article')).toHaveLength(3);
      expect(changes.some((c) => c.kind === 'status' && c.detail.startsWith('disputed'))).toBe(
        true,
      );
      const last = changes[changes.length - 1]!.seq;
      expect(await repo.changesSince(last)).toEqual([]);
      if (repo.integrityCheck) expect(repo.integrityCheck()).toBe('ok');
      await repo.close();
    });
  });
}
