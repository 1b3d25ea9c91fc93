import { describe, expect, it } from 'vitest';
import { MemoryMergeStore } from '../../src/merge/memory-merge-store.js';
import type { Analysis } from '../../src/model/index.js';
import type { FixtureEvent } from './fixtures.js';
import { oneLineArticle } from './fixtures.js';

const input = (a: Analysis) => ({
  article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName },
  events: a.events,
});

/** A Sylvanian strike on Freedonia at a named village on one day. */
const strike = (village: string): FixtureEvent => ({
  type: 'ASSAULT',
  actors: ['RUS'],
  recipients: ['UKR'],
  date: '2024-06-01',
  place: village,
  said: [{ by: 'UKR', stance: 'assert' }],
});

const report = (slug: string, village: string) =>
  oneLineArticle('pages', slug, '2024-06-02', [strike(village)], `Strike at ${village}`);

describe('merge candidates are read a page at a time', () => {
  it('finds the one compatible report behind more than a page of others', async () => {
    const store = new MemoryMergeStore();
    // Seventy strikes on one day at seventy villages: each its own incident, all candidates of a
    // new strike report of that day (one key lookup answers them all).
    for (let k = 0; k < 70; k++) await store.merge(input(report(`v${k}`, `Village ${k}`)));
    expect(store.incidents.size).toBe(70);
    // The village whose event id sorts last is found only on the second page of 64.
    const last = [...store.incidents.values()].sort((a, b) =>
      a.eventIds[0]! < b.eventIds[0]! ? -1 : 1,
    )[69]!;
    const plan = await store.merge(input(report('again', last.place!.name)));
    expect(store.incidents.size).toBe(70);
    // The merged incident's id is its smallest member's: it may be the new report's.
    const merged = store.incidents.get(plan.incidentIds[0]!);
    expect(plan.incidentIds).toHaveLength(1);
    expect(merged?.eventIds).toHaveLength(2);
    expect(merged?.eventIds).toContain(last.eventIds[0]);
  });

  it('merges into nothing when no candidate on any page is compatible', async () => {
    const store = new MemoryMergeStore();
    for (let k = 0; k < 70; k++) await store.merge(input(report(`w${k}`, `Hamlet ${k}`)));
    await store.merge(input(report('elsewhere', 'A town no report named')));
    expect(store.incidents.size).toBe(71);
  });
});
