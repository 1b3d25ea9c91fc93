import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareAnUndatedFigure } from '../../src/merge/shared-figures.js';
import type { Analysis, Event, Place, Quantity } from '../../src/model/index.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { buildAnalysis, shuffled, town } from './fixtures.js';

// Invented story: Freedonia (FRD) struck sites in Sylvania (SYL); undated pages retell it.

const dir = mkdtempSync(join(tmpdir(), 'sitrep-shared-'));
let n = 0;

interface Strike {
  slug: string;
  /** The page's publication date; null (the default) for an undated page. */
  published?: string | null;
  date?: string;
  mode?: string | null;
  recipients?: string[];
  place?: Place;
  /** Figures as [value, unit]. */
  figures?: [number, string][];
}

/** One retelling, in our own words, of Freedonia's strikes on Sylvanian sites. */
function report(s: Strike): Analysis {
  const analysis = buildAnalysis({
    slug: s.slug,
    published: s.published ?? '2025-01-01',
    url: `https://example.org/strikes/${s.slug}`,
    site: 'example.org',
    sentences: [`Report ${s.slug}: Freedonian missiles hit sites across Sylvania.`],
    events: [
      {
        type: 'ASSAULT',
        actors: ['FRD'],
        recipients: s.recipients ?? ['SYL'],
        ...(s.date ? { date: s.date } : {}),
        said: [{ by: null, stance: 'assert' }],
      },
    ],
  });
  const figures = (s.figures ?? [[9, 'sites']]).map(([value, unit]): Quantity => ({
    value,
    unit,
    qualifier: 'exact',
    text: `${value} ${unit}`,
  }));
  const events = analysis.events.map((e): Event => ({
    ...e,
    mode: s.mode === undefined ? 'targeted' : s.mode,
    place: s.place ?? null,
    quantity: figures[0] ?? null,
    figures,
  }));
  return { ...analysis, published: s.published === undefined ? null : s.published, events };
}

const eventOf = (s: Strike): Event => report(s).events[0]!;

describe('undated attack reports sharing a figure', () => {
  const base: Strike = { slug: 'a' };
  const cases: [string, Strike, boolean][] = [
    ['the same count of the same thing', { slug: 'b' }, true],
    [
      'one figure in common among several',
      {
        slug: 'b',
        figures: [
          [31, 'killed'],
          [9, 'sites'],
        ],
      },
      true,
    ],
    [
      'placed elsewhere by a background mention',
      { slug: 'b', place: town('Eastport', 'FRD') },
      true,
    ],
    ['negative: another count', { slug: 'b', figures: [[6, 'sites']] }, false],
    ['negative: the same number of another thing', { slug: 'b', figures: [[9, 'killed']] }, false],
    ['negative: another means (a shelling)', { slug: 'b', mode: 'heavy-weapons' }, false],
    [
      'negative: a dated report (the equality rule decides)',
      { slug: 'b', date: '2025-05-07' },
      false,
    ],
    ['negative: no target named', { slug: 'b', recipients: [] }, false],
  ];
  it.each(cases)('%s', (_why, other, expected) => {
    expect(shareAnUndatedFigure(eventOf(base), eventOf(other))).toBe(expected);
  });
});

async function incidentCount(reports: Analysis[]): Promise<number> {
  const repo = await openSqliteRepository(join(dir, `${n++}.db`));
  for (const r of reports) await repo.ingest(r);
  const page = await repo.listIncidents({ limit: 100 });
  await repo.close();
  return page.items.length;
}

describe('undated pages retelling one strike with one figure make one incident', () => {
  it('three undated pages, placed differently, are one incident in any order', async () => {
    const reports = [
      report({ slug: 'one', place: town('Westford', 'SYL') }),
      report({
        slug: 'two',
        place: town('Eastport', 'FRD'),
        figures: [
          [9, 'sites'],
          [40, 'killed'],
        ],
      }),
      report({ slug: 'three' }),
    ];
    expect(await incidentCount(reports)).toBe(1);
    expect(await incidentCount(shuffled(reports, 3))).toBe(1);
  });

  it('negative: two undated pages with different counts stay apart', async () => {
    const reports = [report({ slug: 'one' }), report({ slug: 'two', figures: [[4, 'sites']] })];
    expect(await incidentCount(reports)).toBe(2);
  });
});
