import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/model/index.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { codedArticle as article } from '../code/support/coded-article.js';

const ARTICLES = [
  article(
    'range',
    '2031-03-07',
    'Sylvania said Freedonia sent 10,000-12,000 troops to Sylvania on Friday.',
  ),
  article('written', '2031-03-08', 'Freedonia sent some 12-thousand troops to Sylvania on Friday.'),
  article(
    'losses',
    '2031-03-12',
    'Freedonia shelled Sylvania on Monday, killing 12 soldiers, and 40 Sylvanian soldiers were wounded.',
  ),
];

const figureRows = (incident: Incident) =>
  incident.figures.map((f) => [f.quantity.value, f.quantity.upper ?? null, f.quantity.unit]);

describe('figures in the store', () => {
  it('keeps ranges with both bounds, written numbers whole, and each loss apart from troops', async () => {
    const repo = await openSqliteRepository(join(mkdtempSync(join(tmpdir(), 'sitrep-fig-')), 'db'));
    for (const a of ARTICLES) await repo.ingest(a);
    const incidents = (await repo.listIncidents()).items;
    const deployment = incidents.find((i) => i.type === 'AID');
    const attack = incidents.find((i) => i.type === 'ASSAULT');
    expect(deployment && figureRows(deployment).sort()).toEqual([
      [10000, 12000, 'troops'],
      [12000, null, 'troops'],
    ]);
    expect(attack && figureRows(attack)).toEqual([
      [12, null, 'killed'],
      [40, null, 'wounded'],
    ]);
    expect(attack?.figures.map((f) => f.quantity.party?.code)).toEqual(['SYL', 'SYL']);
    // the figures table holds the bound and the party beside value and unit
    const rows = repo.db
      .prepare('SELECT value, upper, unit, party_code FROM figures ORDER BY value')
      .all();
    expect(rows).toEqual([
      { value: 12, upper: null, unit: 'killed', party_code: 'SYL' },
      { value: 40, upper: null, unit: 'wounded', party_code: 'SYL' },
      { value: 10000, upper: 12000, unit: 'troops', party_code: 'FRD' },
      { value: 12000, upper: null, unit: 'troops', party_code: 'FRD' },
    ]);
    await repo.close();
  });

  it('credits a figure to the source of the sentence that gives it', async () => {
    const repo = await openSqliteRepository(join(mkdtempSync(join(tmpdir(), 'sitrep-fig-')), 'db'));
    await repo.ingest(ARTICLES[0]!);
    const [incident] = (await repo.listIncidents()).items;
    expect(incident?.figures.map((f) => f.source?.code)).toEqual(['SYL']);
    await repo.close();
  });
});
