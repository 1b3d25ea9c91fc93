import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, Crisis, Incident } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { shuffled } from '../merge/fixtures.js';

const shared = resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(join(shared, 'dev.jsonl')) && existsSync(join(shared, 'seed.txt'));

function analyseCorpus(): Analysis[] {
  const lines = readFileSync(join(shared, 'dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  const out = lines.map((line) => {
    const r = JSON.parse(line) as {
      id: string;
      url: string;
      text: string;
      published: string | null;
      title: string | null;
    };
    return analyze(
      { source: `dev.jsonl#${r.id}`, id: r.id, url: r.url, body: r.text, format: 'text' },
      {
        ...(r.published ? { published: r.published } : {}),
        ...(r.title ? { title: r.title } : {}),
      },
    );
  });
  out.push(analyze(readFileSync(join(shared, 'seed.txt'), 'utf8'), { published: '2024-11-06' }));
  return out;
}

const analyses = present ? analyseCorpus() : [];

const isDeployment = (i: Incident): boolean =>
  (i.type === 'AID' || i.type === 'MOBILIZE') &&
  i.actors.some((a) => a.code === 'PRK') &&
  i.recipients.some((r) => r.code === 'RUS');

/** The corpus's own story of an article: its id's prefix (nk-, inpk-, scs-; the seed is nk). */
const storyOf = new Map(
  analyses.map((a) => [a.id, /#([a-z]+)-/.exec(a.source)?.[1] ?? 'nk'] as const),
);

/**
 * Storylines follow the corpus's stories: each sizeable crisis draws its incidents from one
 * story, and each story's incidents sit mostly in one crisis; none is a catch-all.
 */
function expectOneStorylinePerStory(incidents: Incident[], crises: Crisis[]): void {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const storyOfIncident = (id: string): string => {
    const votes = new Map<string, number>();
    for (const a of byId.get(id)?.articleIds ?? [])
      votes.set(storyOf.get(a) ?? '?', (votes.get(storyOf.get(a) ?? '?') ?? 0) + 1);
    return [...votes].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '?';
  };
  const home = new Map<string, Map<string, number>>();
  for (const c of crises) {
    expect(c.name).not.toMatch(/^Unattributed/);
    const stories = c.incidentIds.map(storyOfIncident);
    const main = [...new Set(stories)]
      .map((s) => [s, stories.filter((x) => x === s).length] as const)
      .sort((x, y) => y[1] - x[1])[0]!;
    if (c.incidentIds.length >= 5)
      expect(main[1] / stories.length, `${c.name}: ${stories.join(' ')}`).toBeGreaterThan(0.9);
    for (const s of stories) {
      const m = home.get(s) ?? new Map<string, number>();
      m.set(c.id, (m.get(c.id) ?? 0) + 1);
      home.set(s, m);
    }
  }
  for (const [story, where] of home) {
    if (story === '?') continue;
    const counts = [...where.values()];
    const total = counts.reduce((x, y) => x + y, 0);
    expect(
      Math.max(0, ...counts) / total,
      `${story} spread over ${counts.join(', ')}`,
    ).toBeGreaterThan(0.8);
  }
}

describe.skipIf(!present)('merging the dev corpus (read from ../shared/corpus at run time)', () => {
  it('keeps the seed’s deployment, arms supplies and missile launches as three incidents', async () => {
    const repo = await openSqliteRepository(
      join(mkdtempSync(join(tmpdir(), 'sitrep-seed-')), 's.db'),
    );
    await repo.ingest(analyses.at(-1)!);
    const { items } = await repo.listIncidents({ actor: 'PRK', limit: 100 });
    await repo.close();
    const of = (type: string, mode: string): Incident[] =>
      items.filter((i) => i.type === type && i.mode === mode);
    const [troops] = of('AID', 'troops');
    expect(troops, 'the deployment').toBeDefined();
    // Asserted by the US, noncommittal from Moscow and Pyongyang: nobody denied the deployment.
    expect(troops!.status).toBe('asserted');
    expect(troops!.statements.some((s) => s.stance === 'deny')).toBe(false);
    const [arms] = of('AID', 'weapons');
    expect(arms?.statements.some((s) => s.stance === 'deny')).toBe(true);
    expect(of('MOBILIZE', 'weapons').length + of('THREATEN', 'weapons').length).toBeGreaterThan(0);
  });

  it('gives a North Korean deployment incident with statements, figures and a status history, the same incidents and crises in any order', async () => {
    expect(analyses.at(-1)?.events.length, 'the seed codes events').toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-corpus-'));
    const crisesOf: Record<string, Crisis[]> = {};
    const snapshot = async (order: Analysis[], name: string): Promise<Incident[]> => {
      const repo = await openSqliteRepository(join(dir, `${name}.db`));
      for (const a of order) await repo.ingest(a);
      const page = await repo.listIncidents({ limit: 100000 });
      crisesOf[name] = await repo.listCrises();
      expect(repo.integrityCheck()).toBe('ok');
      await repo.close();
      return page.items;
    };
    const reference = await snapshot(analyses, 'in-order');
    const deployments = reference.filter(isDeployment);
    const main = deployments.sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
    expect(main, 'a PRK -> RUS deployment incident').toBeDefined();
    expect(main!.articleIds.length).toBeGreaterThan(3);
    expect(main!.statements.length).toBeGreaterThan(3);
    expect(main!.figures.length).toBeGreaterThan(1);
    const statuses = main!.history.map((h) => h.status);
    // Asserted or disputed first, confirmed later: the status history a reader follows.
    const claimed = statuses.findIndex((x) => x === 'asserted' || x === 'disputed');
    expect(claimed, statuses.join(' -> ')).toBeGreaterThanOrEqual(0);
    expect(statuses.indexOf('confirmed'), statuses.join(' -> ')).toBeGreaterThan(claimed);
    expect(new Set(main!.figures.map((f) => f.quantity.value)).size).toBeGreaterThan(1);
    expectOneStorylinePerStory(reference, crisesOf['in-order']!);
    for (const seed of [7, 42]) {
      const other = await snapshot(shuffled(analyses, seed), `shuffle-${seed}`);
      // Crisis ids included: a storyline's id comes from its earliest incident, not arrival order.
      expect(JSON.stringify(other)).toBe(JSON.stringify(reference));
      expect(JSON.stringify(crisesOf[`shuffle-${seed}`])).toBe(
        JSON.stringify(crisesOf['in-order']),
      );
    }
  }, 240_000);
});
