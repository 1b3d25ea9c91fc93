import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { ARTICLES, buildAnalysis } from '../merge/fixtures.js';
import { CLI } from '../support/run-cli.js';

/** Runs the built CLI; returns exit code and output. */
function sitrep(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

let db = '';
let dir = '';

// Each command is a real process that loads the whole CLI: slow on a loaded machine.
describe(
  'sitrep timeline, claims, search and export (the built CLI on a temp store)',
  { timeout: 300_000 },
  () => {
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-store-'));
      db = join(dir, 'store.db');
      const repo = await openSqliteRepository(db);
      for (const a of ARTICLES) await repo.ingest(buildAnalysis(a));
      await repo.close();
    }, 300_000);

    it('each command answers --help with its options', () => {
      const expected: Record<string, string[]> = {
        crises: ['--db', '--json'],
        timeline: ['--since', '--until', '--crisis', '--actor', '--status', '--json'],
        claims: ['--crisis', '--json'],
        search: ['--limit', '--json'],
        export: ['--format', '--out', '--since', '--until', '--json'],
      };
      for (const [command, options] of Object.entries(expected)) {
        const r = sitrep(command, '--help');
        expect(r.code, `${command} --help`).toBe(0);
        for (const o of options) expect(r.out, `${command} --help names ${o}`).toContain(o);
      }
    });

    it('crises lists the storylines with their ids, and timeline --crisis follows one', () => {
      const table = sitrep('crises', '--db', db);
      expect(table.code).toBe(0);
      expect(table.out).toMatch(/from\s+to\s+incidents\s+name/);
      const { items } = JSON.parse(sitrep('crises', '--db', db, '--json').out) as {
        items: { id: string; name: string; incidentIds: string[] }[];
      };
      expect(items.length).toBeGreaterThan(0);
      for (const c of items) {
        expect(table.out).toContain(c.id);
        const followed = JSON.parse(
          sitrep('timeline', '--db', db, '--crisis', c.id, '--json').out,
        ) as { items: { id: string }[] };
        expect(followed.items.map((i) => i.id).sort()).toEqual([...c.incidentIds].sort());
      }
    });

    it('timeline lists incidents in date order, as a table and as JSON, and --since/--until bound it', () => {
      const table = sitrep('timeline', '--db', db);
      expect(table.code).toBe(0);
      expect(table.out).toMatch(/date\s+type\s+parties\s+status/);
      expect(table.out).toContain('PRK → RUS');
      const all = JSON.parse(sitrep('timeline', '--db', db, '--json').out) as {
        items: { when: { date: string } | null; status: string; actors: { code: string }[] }[];
        total: number;
      };
      expect(all.total).toBe(2);
      const dates = all.items.map((i) => i.when?.date ?? '');
      expect([...dates].sort()).toEqual(dates);
      const until = JSON.parse(
        sitrep('timeline', '--db', db, '--json', '--until', '2024-12').out,
      ) as {
        items: { actors: { code: string }[] }[];
      };
      expect(until.items.map((i) => i.actors[0]?.code)).toEqual(['PRK']);
      const since = JSON.parse(
        sitrep('timeline', '--db', db, '--json', '--since', '2025-01-01').out,
      ) as {
        items: { actors: { code: string }[] }[];
      };
      expect(since.items.map((i) => i.actors[0]?.code)).toEqual(['PAK']);
      const bad = sitrep('timeline', '--db', db, '--until', 'yesterday');
      expect(bad.code).not.toBe(0);
      expect(bad.err).toMatch(/YYYY-MM-DD/);
    });

    it('claims shows the deployment going from asserted or disputed to confirmed, with figures', () => {
      const claims = JSON.parse(sitrep('claims', '--db', db, '--json').out) as {
        history: { status: string }[];
        figures: { quantity: { value: number } }[];
        actors: { code: string }[];
      }[];
      const deployment = claims.find((c) => c.actors.some((a) => a.code === 'PRK'));
      expect(deployment).toBeDefined();
      const statuses = deployment!.history.map((h) => h.status);
      expect(statuses[0]).toMatch(/asserted|disputed/);
      expect(statuses.at(-1)).toBe('confirmed');
      expect(deployment!.figures.map((f) => f.quantity.value)).toEqual([1500, 3000, 10000, 11000]);
      const text = sitrep('claims', '--db', db);
      expect(text.code).toBe(0);
      expect(text.out).toMatch(/now CONFIRMED/);
      expect(text.out).toMatch(/figure 2024-10-18 +1500 troops \(KOR\)/);
    });

    it('search finds evidence and articles, as a table and as JSON', () => {
      const hits = JSON.parse(
        sitrep('search', '--db', db, '--json', 'satellite', 'images').out,
      ) as {
        kind: string;
        snippet: string;
      }[];
      expect(hits.some((h) => h.kind === 'article' && h.snippet.includes('[satellite]'))).toBe(
        true,
      );
      const table = sitrep('search', '--db', db, 'Kursk');
      expect(table.code).toBe(0);
      expect(table.out).toMatch(/published\s+title\s+outlet\s+id\s+snippet/);
      expect(sitrep('search', '--db', db, 'zzzunfound').out).toContain('no matches');
    });

    // Each export format is checked end to end in export.test.ts.

    it('each reading command says so when the store does not exist, and creates none', () => {
      const missing = join(dir, 'no-such-folder', 'typo.db');
      for (const args of [['crises'], ['timeline'], ['claims'], ['search', 'troops'], ['export']]) {
        const r = sitrep(...args, '--db', missing);
        // A --db whose folder is missing is refused before any store is looked for.
        expect(r.code, args[0]).not.toBe(0);
        expect(r.err).toMatch(/folder .*no-such-folder does not exist/);
      }
      expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
      // Four CLI starts in a row: give a loaded machine time.
    }, 30_000);
  },
);
