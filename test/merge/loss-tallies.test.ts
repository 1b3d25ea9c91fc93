import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLossTally } from '../../src/merge/loss-tallies.js';
import type { Analysis, Event, Quantity } from '../../src/model/index.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { buildAnalysis, ref, shuffled } from './fixtures.js';

// Invented war: Sylvania (SYL) fights Freedonian (FRD) units; reports give Freedonia's losses.

const dir = mkdtempSync(join(tmpdir(), 'sitrep-tally-'));
let n = 0;

interface Loss {
  slug: string;
  published?: string;
  date?: string;
  mode?: string | null;
  actors?: string[];
  recipients?: string[];
  value?: number;
  unit?: string;
  /** The figure's words. */
  words?: string;
  /** The code of the party named in the figure, if any. */
  party?: string;
  by?: string;
}

function figure(l: Loss): Quantity {
  const value = l.value ?? 40;
  return {
    value,
    unit: l.unit ?? 'killed',
    qualifier: 'about',
    text: l.words ?? `${value} Freedonian soldiers`,
    ...(l.party ? { party: ref(l.party) } : {}),
  };
}

/** One report, in our own words, of Freedonian soldiers lost to Sylvania. */
function report(l: Loss): Analysis {
  const analysis = buildAnalysis({
    slug: l.slug,
    published: l.published ?? '2025-02-01',
    url: `https://example.org/losses/${l.slug}`,
    site: 'example.org',
    sentences: [`Report ${l.slug}: Freedonian units lost men in the fighting, officials said.`],
    events: [
      {
        type: 'ASSAULT',
        actors: l.actors ?? ['SYL'],
        recipients: l.recipients ?? ['FRD'],
        ...(l.date ? { date: l.date } : {}),
        said: [{ by: l.by ?? 'SYL', stance: 'assert' }],
      },
    ],
  });
  const events = analysis.events.map((e): Event => {
    const q = figure(l);
    return { ...e, mode: l.mode ?? null, quantity: q, figures: [q] };
  });
  return { ...analysis, events };
}

const eventOf = (l: Loss): Event => report(l).events[0]!;

describe('which attacks are tallies of one side’s losses', () => {
  const cases: [string, Loss, boolean][] = [
    ['soldiers killed, no means named', { slug: 'a' }, true],
    ['soldiers wounded', { slug: 'a', unit: 'wounded', words: '300 Freedonian troops' }, true],
    [
      'casualties, whatever the noun',
      { slug: 'a', unit: 'casualties', words: '2,000 losses' },
      true,
    ],
    ['the figure names the side that suffered them', { slug: 'a', party: 'FRD' }, true],
    ['negative: a means of attack is named (an air raid)', { slug: 'a', mode: 'aerial' }, false],
    ['negative: civilians killed', { slug: 'a', words: '26 villagers' }, false],
    ['negative: captures are acts of a day', { slug: 'a', unit: 'captured' }, false],
    ['negative: troop strength is no loss', { slug: 'a', unit: 'troops' }, false],
    ['negative: the doer’s own dead (party is the doer)', { slug: 'a', party: 'SYL' }, false],
    ['negative: no named doer', { slug: 'a', actors: [] }, false],
  ];
  it.each(cases)('%s', (_, l, expected) => {
    expect(isLossTally(eventOf(l))).toBe(expected);
  });
});

async function incidentsOf(reports: Analysis[]): Promise<number[]> {
  const repo = await openSqliteRepository(join(dir, `${n++}.db`));
  for (const r of reports) await repo.ingest(r);
  const page = await repo.listIncidents({ limit: 100 });
  await repo.close();
  return page.items.map((i) => i.figures.length).sort((a, b) => a - b);
}

describe('tallies of one side’s losses are one running total', () => {
  const told: Loss[] = [
    { slug: 'oct', published: '2024-10-30', date: '2024-10', value: 40, by: 'SYL' },
    { slug: 'dec', published: '2024-12-20', date: '2024-12-17', value: 300, by: 'KOR' },
    { slug: 'jan', published: '2025-01-15', value: 900, unit: 'casualties', by: 'USA' },
    { slug: 'jul', published: '2025-07-01', date: '2025-07-01', value: 1200, by: 'SYL' },
  ];

  it('four tellings months apart make one incident with four figures, in any order', async () => {
    const reports = told.map(report);
    expect(await incidentsOf(reports)).toEqual([4]);
    expect(await incidentsOf(shuffled(reports, 7))).toEqual([4]);
  });

  it('negative: air raids on two days stay two incidents', async () => {
    const raids = ['2024-10-02', '2024-12-09'].map((d, k) =>
      report({ slug: `raid${k}`, published: d, date: d, mode: 'aerial' }),
    );
    expect(await incidentsOf(raids)).toEqual([1, 1]);
  });

  it('negative: civilians killed on two days stay two incidents', async () => {
    const attacks = ['2024-10-02', '2024-12-09'].map((d, k) =>
      report({ slug: `town${k}`, published: d, date: d, words: '12 villagers' }),
    );
    expect(await incidentsOf(attacks)).toEqual([1, 1]);
  });

  it('negative: the other side’s losses are another tally', async () => {
    const reports = [
      report(told[0]!),
      report({
        slug: 'back',
        actors: ['FRD'],
        recipients: ['SYL'],
        words: '70 Sylvanian soldiers',
      }),
    ];
    expect(await incidentsOf(reports)).toEqual([1, 1]);
  });
});
