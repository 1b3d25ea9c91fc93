import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, scoreReport } from '../../src/eval/report-eval.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { buildAnalysis, type FixtureArticle, type FixtureEvent } from '../merge/fixtures.js';
import { claim } from './report-fixtures.js';

const deploy = (date: string, troops: number | undefined, said: FixtureEvent['said']) => ({
  type: 'MOBILIZE' as const,
  actors: ['FRD'],
  recipients: ['SYL'],
  date,
  ...(troops === undefined ? {} : { troops }),
  said,
});

/** Invented reports: Sylvania says Freedonian troops arrived, Freedonia denies, then confirms. */
const ARTICLES: FixtureArticle[] = [
  {
    slug: 'a1',
    published: '2031-03-02',
    url: 'https://example.org/a1',
    site: 'example.org',
    sentences: ['Sylvania says some 4,000 Freedonian troops crossed its border this week.'],
    events: [deploy('2031-03', 4000, [{ by: 'SYL', stance: 'assert', on: '2031-03-02' }])],
  },
  {
    slug: 'a2',
    published: '2031-03-05',
    url: 'https://example.net/a2',
    site: 'example.net',
    sentences: ['Freedonia called the talk of its soldiers in Sylvania a fabrication.'],
    events: [deploy('2031-03', undefined, [{ by: 'FRD', stance: 'deny', on: '2031-03-05' }])],
  },
  {
    slug: 'a3',
    published: '2031-04-10',
    url: 'https://example.com/a3',
    site: 'example.com',
    sentences: ['Freedonia has now acknowledged that its units are deployed in Sylvania.'],
    events: [deploy('2031-03', undefined, [{ by: 'FRD', stance: 'confirm', on: '2031-04-10' }])],
  },
];

describe('report scoring on an invented store', () => {
  it('matches the merged incident to the claim and scores its statements and figures', async () => {
    const repo = await openSqliteRepository(join(mkdtempSync(join(tmpdir(), 'sitrep-rep-')), 'db'));
    const corpusIds = new Map<string, string[]>();
    for (const a of ARTICLES) {
      const outcome = await repo.ingest(buildAnalysis(a));
      corpusIds.set(outcome.articleId, [a.slug]);
    }
    const incidents = await readReport(repo, corpusIds);
    await repo.close();
    expect(incidents).toHaveLength(1);
    expect([...incidents[0]!.articles].sort()).toEqual(['a1', 'a2', 'a3']);
    const [score] = scoreReport([claim()], incidents, 'core');
    expect(score).toMatchObject({
      statusRight: true,
      statements: 3,
      statementsHit: 3,
      statementsHitSameArticle: 3,
      figures: 2,
      figuresHit: 1,
      pairs: 1,
      pairsRight: 1,
    });
    expect(score!.changes.map((c) => `${c.on} ${c.status} ${c.verdict}`)).toEqual([
      '2031-03-02 asserted ok',
      '2031-03-05 disputed ok',
      '2031-04-10 confirmed ok',
    ]);
  });

  it('finds no claim when the store holds only other parties', async () => {
    const repo = await openSqliteRepository(join(mkdtempSync(join(tmpdir(), 'sitrep-rep-')), 'db'));
    const other = {
      ...ARTICLES[0]!,
      events: [{ ...ARTICLES[0]!.events[0]!, actors: ['GRD'] }],
    };
    const outcome = await repo.ingest(buildAnalysis(other));
    const incidents = await readReport(repo, new Map([[outcome.articleId, ['a1']]]));
    await repo.close();
    expect(scoreReport([claim()], incidents, 'reciprocal')[0]?.incident).toBeNull();
  });
});
