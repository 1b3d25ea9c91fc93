import { describe, expect, it } from 'vitest';
import { MemoryMergeStore } from '../../src/merge/memory-merge-store.js';
import type { Analysis } from '../../src/model/index.js';
import type { FixtureEvent, Said } from './fixtures.js';
import { buildAnalysis, shuffled } from './fixtures.js';

const SPEAKERS: Said[][] = [
  [{ by: 'KOR', stance: 'assert' }],
  [{ by: 'RUS', stance: 'deny' }],
  [],
  [
    { by: 'USA', stance: 'assert' },
    { by: 'RUS', stance: 'noncommittal' },
  ],
  [{ by: 'PRK', stance: 'confirm' }],
  [{ by: 'UKR', stance: 'assert', on: '2024-10-02' }],
];

/**
 * Invented reports of one deployment (Freedonian-style story told with fixture codes): dates
 * said, published days, speakers, figures, places and a stray third party vary, so reports land
 * before, between and after the ones stored, and the head, the statements and the status move.
 */
function reports(n: number): Analysis[] {
  return Array.from({ length: n }, (_, i) => {
    const day = String(1 + ((i * 11) % 27)).padStart(2, '0');
    const published = `2024-${i % 5 === 4 ? '09' : '10'}-${day}`;
    const deploy: FixtureEvent = {
      type: i % 7 === 3 ? 'AID' : 'MOBILIZE',
      actors: ['PRK'],
      recipients: i % 6 === 5 ? ['RUS', 'UKR'] : ['RUS'],
      ...(i % 4 === 2 ? {} : { date: i % 3 === 0 ? '2024-10' : `2024-10-${day}` }),
      place: i % 5 === 1 ? 'Primorye' : 'Kursk',
      ...(i % 3 === 1 ? { troops: 1000 + 500 * i } : {}),
      said: SPEAKERS[i % SPEAKERS.length]!,
    };
    return buildAnalysis({
      slug: `r${i}`,
      published,
      url: `https://news.example/r${i}`,
      site: i % 2 ? 'news.example' : 'wire.example',
      sentences: [`Invented report ${i} on the troops sent abroad.`, `Filed on day ${day}.`],
      events: [deploy],
    });
  });
}

const input = (a: Analysis) => ({
  article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName },
  events: a.events,
});

async function mergeAll(articles: readonly Analysis[], extend: boolean) {
  const store = new MemoryMergeStore({ extend });
  const changes: unknown[] = [];
  let extended = 0;
  for (const a of articles) {
    const plan = await store.merge(input(a));
    changes.push(plan.changes);
    extended += plan.steps.filter((s) => s.kind === 'extend-incident').length;
  }
  const incidents = [...store.incidents.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  return { incidents, changes, extended };
}

describe('extending an incident from its tally', () => {
  for (const seed of [1, 2, 3])
    it(`gives the incidents and change log a full derivation gives (order ${seed})`, async () => {
      const articles = shuffled(reports(40), seed);
      const full = await mergeAll(articles, false);
      const extended = await mergeAll(articles, true);
      expect(full.extended).toBe(0);
      expect(extended.extended).toBeGreaterThan(20);
      expect(extended.incidents).toEqual(full.incidents);
      expect(extended.changes).toEqual(full.changes);
    });

  it('derives in full a report whose event id would become the incident id', async () => {
    const articles = reports(12);
    const byId = [...articles].sort((a, b) => (a.events[0]!.id < b.events[0]!.id ? -1 : 1));
    const smallest = byId[0]!;
    const store = new MemoryMergeStore({ extend: true });
    for (const a of articles.filter((x) => x !== smallest)) await store.merge(input(a));
    const plan = await store.merge(input(smallest));
    expect(plan.steps.map((s) => s.kind)).not.toContain('extend-incident');
    expect(plan.steps.map((s) => s.kind)).toContain('write-incident');
  });
});
