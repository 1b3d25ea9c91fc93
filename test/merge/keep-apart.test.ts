import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model/index.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import type { FixtureArticle, FixtureEvent } from './fixtures.js';
import { buildAnalysis, shuffled, town } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-apart-'));
let n = 0;

const shelling = (date: string): FixtureEvent => ({
  type: 'ASSAULT',
  actors: ['PAK'],
  recipients: ['IND'],
  date,
  said: [{ by: 'IND', stance: 'assert' }],
});

/** One report of an attack, in our own words; `place` is set on its event when given. */
function report(slug: string, published: string, event: FixtureEvent, place?: string): Analysis {
  const a: FixtureArticle = {
    slug,
    published,
    url: `https://example.org/apart/${slug}`,
    site: 'example.org',
    sentences: [`Report ${slug}: shells fell on a border town, officials said.`],
    events: [event],
  };
  const analysis = buildAnalysis(a);
  return place
    ? {
        ...analysis,
        events: analysis.events.map((e) => ({ ...e, place: town(place, 'IND', 30, 75) })),
      }
    : analysis;
}

async function incidentsOf(reports: Analysis[]): Promise<{ dates: string[]; articles: number }[]> {
  const repo = await openSqliteRepository(join(dir, `${n++}.db`));
  for (const r of reports) await repo.ingest(r);
  const page = await repo.listIncidents({ limit: 100 });
  await repo.close();
  return page.items.map((i) => ({
    dates: [i.when?.date ?? ''],
    articles: i.articleIds.length,
  }));
}

describe('attacks on different dates or places stay apart', () => {
  it('daily shelling on three days gives three incidents, in any order', async () => {
    const reports = ['2025-05-07', '2025-05-08', '2025-05-09'].flatMap((d, k) => [
      report(`day${k}a`, d, shelling(d)),
      report(`day${k}b`, d, shelling(d)),
    ]);
    const expected = [
      { dates: ['2025-05-07'], articles: 2 },
      { dates: ['2025-05-08'], articles: 2 },
      { dates: ['2025-05-09'], articles: 2 },
    ];
    expect(await incidentsOf(reports)).toEqual(expected);
    expect(await incidentsOf(shuffled(reports, 3))).toEqual(expected);
  });

  it('a report dated only by month does not join the day-dated attacks to one another', async () => {
    const reports = [
      report('m1', '2025-05-07', shelling('2025-05-07')),
      report('m2', '2025-05-10', shelling('2025-05-10')),
      report('m3', '2025-05-20', shelling('2025-05')),
    ];
    const got = await incidentsOf(reports);
    expect(got).toHaveLength(3);
    expect(got.every((g) => g.articles === 1)).toBe(true);
  });

  it('attacks on one day at two towns are two incidents; two reports of one town are one', async () => {
    const d = '2025-05-07';
    const got = await incidentsOf([
      report('p1', d, shelling(d), 'Poonch'),
      report('p2', d, shelling(d), 'Poonch'),
      report('p3', d, shelling(d), 'Amritsar'),
    ]);
    expect(got.map((g) => g.articles).sort()).toEqual([1, 2]);
  });
});
