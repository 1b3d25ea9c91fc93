import { describe, expect, it } from 'vitest';
import { MemoryMergeStore } from '../../src/merge/memory-merge-store.js';
import type { MergePlan } from '../../src/merge/merge-plan.js';
import { planMerge } from '../../src/merge/plan-merge.js';
import type { Analysis } from '../../src/model/index.js';
import type { FixtureEvent } from './fixtures.js';
import {
  ARTICLES,
  buildAnalysis,
  oneLineArticle,
  reportedDeployment,
  shuffled,
} from './fixtures.js';

/** What merging is told of an analysed article. */
const input = (a: Analysis, replaces: string | null = null) => ({
  article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName },
  events: a.events,
  replaces,
});

const sylvanianDrill = reportedDeployment;
const report = (slug: string, published: string, events: FixtureEvent[], words: string) =>
  oneLineArticle('p', slug, published, events, words);

/** Incidents as member sets, ids sorted: what "the same merge" means. */
const shape = (store: MemoryMergeStore): string[] =>
  [...store.incidents.values()].map((i) => [...i.eventIds].sort().join(',')).sort();

const kinds = (plan: MergePlan): string[] => plan.steps.map((s) => s.kind);

describe('merge as a stage (no database)', () => {
  it('plans a new incident for a first report and an in-place rewrite for a second', async () => {
    const store = new MemoryMergeStore();
    const first = await store.merge(
      input(report('a', '2024-10-01', [sylvanianDrill('2024-10-01', 1500)], 'Troops seen')),
    );
    expect(kinds(first)).toEqual(['add-article-pairs', 'insert-event', 'write-incident']);
    expect(first.changes.map((c) => c.kind)).toEqual(['incident', 'status', 'figure']);
    const second = await store.merge(
      input(report('b', '2024-10-03', [sylvanianDrill('2024-10-02', 3000)], 'More seen')),
    );
    const write = second.steps.find((s) => s.kind === 'write-incident');
    expect(write && write.kind === 'write-incident' && write.incident.eventIds).toHaveLength(2);
    expect(second.incidentIds).toHaveLength(1);
    expect(store.incidents.size).toBe(1);
    // The status was asserted before and stays so: no status entry, one figure entry.
    expect(second.changes.map((c) => c.kind)).toEqual(['incident', 'figure']);
  });

  it('keeps reports of other parties or far-apart dates apart', async () => {
    const store = new MemoryMergeStore();
    await store.merge(
      input(report('a', '2024-10-01', [sylvanianDrill('2024-10-01', 1500)], 'Troops seen')),
    );
    const other: FixtureEvent = { ...sylvanianDrill('2024-10-01', 200), actors: ['CHN'] };
    await store.merge(input(report('b', '2024-10-01', [other], 'Other troops')));
    await store.merge(
      input(report('c', '2025-06-01', [sylvanianDrill('2025-06-01', 900)], 'Much later')),
    );
    expect(store.incidents.size).toBe(3);
  });

  it('does not write to the store it reads while planning', async () => {
    const store = new MemoryMergeStore();
    await store.merge(
      input(report('a', '2024-10-01', [sylvanianDrill('2024-10-01', 1500)], 'Troops seen')),
    );
    const before = shape(store);
    const plan = await planMerge(
      input(report('b', '2024-10-02', [sylvanianDrill('2024-10-02', 10)], 'Seen again')),
      store,
    );
    expect(plan.steps.length).toBeGreaterThan(0);
    expect(shape(store)).toEqual(before);
  });

  it('merges the same incidents whatever the order of the articles', async () => {
    const shapes = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      const store = new MemoryMergeStore();
      for (const a of shuffled(ARTICLES, seed)) await store.merge(input(buildAnalysis(a)));
      shapes.add(JSON.stringify(shape(store)));
    }
    expect(shapes.size).toBe(1);
  });

  it('retracts an old version: its incidents are deleted and what remains is merged again', async () => {
    const store = new MemoryMergeStore();
    await store.merge(
      input(report('early', '2024-10-01', [sylvanianDrill('2024-10-01', 1500)], 'Troops seen')),
    );
    await store.merge(
      input(report('late', '2024-11-30', [sylvanianDrill('2024-11-30', 11000)], 'More troops')),
    );
    const v1 = report(
      'middle',
      '2024-10-30',
      [sylvanianDrill('2024-10-30', 3000)],
      'A first estimate',
    );
    await store.merge(input(v1));
    expect(store.incidents.size).toBe(1);
    const v2 = report('middle', '2024-10-30', [], 'The estimate was withdrawn');
    const plan = await store.merge(input(v2, v1.id));
    expect(kinds(plan).slice(0, 3)).toEqual([
      'retract-article',
      'delete-incident',
      'unlink-events',
    ]);
    const figures = [...store.incidents.values()].map((i) =>
      i.figures.map((f) => f.quantity.value),
    );
    expect(figures.sort()).toEqual([[11000], [1500]]);
    expect(plan.incidentIds).toHaveLength(2);
  });

  it('a new version with the same report keeps one incident', async () => {
    const store = new MemoryMergeStore();
    const v1 = report('only', '2024-10-01', [sylvanianDrill('2024-10-01', 1500)], 'Troops seen');
    await store.merge(input(v1));
    const v2 = report(
      'only',
      '2024-10-01',
      [sylvanianDrill('2024-10-01', 1500)],
      'Troops seen, updated',
    );
    const plan = await store.merge(input(v2, v1.id));
    expect(store.incidents.size).toBe(1);
    expect([...store.incidents.values()][0]!.articleIds).toEqual([v2.id]);
    expect(plan.incidentIds).toHaveLength(1);
  });
});
