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

describe.skipIf(!present)('merging the dev corpus (read from ../shared/corpus at run time)', () => {
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
