import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { composeArticle } from '../../src/bench/store.js';
import { ingestInputs } from '../../src/store/ingest-batch.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { analyze } from '../../src/pipeline.js';
import { StoreError } from '../../src/store/store-error.js';
import { CLI } from '../support/run-cli.js';

function writeArticles(path: string, n: number, from = 0): void {
  const lines = Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const a = composeArticle(i);
    return JSON.stringify({
      id: `a${i}`,
      url: `https://news.example/${i}`,
      published: a.published,
      text: a.text,
    });
  });
  writeFileSync(path, lines.join('\n') + '\n');
}

const count = (db: string, sql: string): number =>
  (new BetterSqlite3(db, { readonly: true }).prepare(sql).get() as { n: number }).n;

describe('sitrep ingest', () => {
  it('survives SIGKILL mid-batch: a rerun resumes with nothing lost and nothing doubled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
    const input = join(dir, 'articles.jsonl');
    const db = join(dir, 'store', 'kill.db');
    // --db's folder must exist (a mistyped path is refused rather than created).
    mkdirSync(join(dir, 'store'));
    const total = 400;
    writeArticles(input, total);
    const child = spawn(process.execPath, [CLI, 'ingest', '--db', db, input], { stdio: 'ignore' });
    // Wait until some articles are committed, then kill without warning.
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(db)) continue;
      try {
        seen = count(db, 'SELECT COUNT(*) AS n FROM articles');
      } catch {
        continue;
      }
      if (seen >= 10) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(seen).toBeGreaterThanOrEqual(10);
    const before = count(db, 'SELECT COUNT(*) AS n FROM articles');
    expect(before).toBeLessThan(total);
    const out = execFileSync(process.execPath, [CLI, 'ingest', '--db', db, '--json', input], {
      encoding: 'utf8',
    });
    const summary = JSON.parse(out) as { new: number; duplicate: number; failed: number };
    expect(summary.failed).toBe(0);
    expect(summary.duplicate).toBeGreaterThanOrEqual(before);
    expect(summary.new + summary.duplicate).toBe(total);
    expect(count(db, 'SELECT COUNT(*) AS n FROM articles')).toBe(total);
    expect(count(db, 'SELECT COUNT(DISTINCT text_hash) AS n FROM articles')).toBe(total);
    expect(count(db, 'SELECT COUNT(*) AS n FROM events WHERE incident_id IS NULL')).toBe(0);
    expect(
      count(
        db,
        'SELECT COUNT(*) AS n FROM events e LEFT JOIN incident_events x ON x.event_id = e.id WHERE x.event_id IS NULL',
      ),
    ).toBe(0);
    const check = new BetterSqlite3(db).pragma('integrity_check', { simple: true });
    expect(check).toBe('ok');
  }, 180_000);

  it('reports a malformed record and an analysis that throws, and goes on with the batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
    const input = join(dir, 'mixed.jsonl');
    writeArticles(input, 3);
    writeFileSync(input, '{"id": "broken", "text": 42}\nnot json at all\n', { flag: 'a' });
    writeArticles(join(dir, 'more.jsonl'), 2, 3);
    const repo = await openSqliteRepository(join(dir, 's.db'));
    const summary = await ingestInputs(repo, [input, join(dir, 'more.jsonl')], {
      // The real analyser, except that one named input fails as a crashing rule would.
      analyzeDocument: (raw) => {
        if (raw.id === 'a1') throw new Error('rule exploded');
        return analyze(raw);
      },
    });
    expect(summary.new).toBe(4);
    expect(summary.failed).toBe(3);
    expect(summary.failures.map((f) => f.reason).join('\n')).toMatch(
      /analysis failed: rule exploded/,
    );
    expect(summary.failures.map((f) => f.reason).join('\n')).toMatch(/not valid JSON/);
    expect(summary.failures.map((f) => f.reason).join('\n')).toMatch(/neither "text" nor "html"/);
    expect(repo.integrityCheck()).toBe('ok');
    await repo.close();
  });

  it('gives a clear error for a locked database and succeeds once the lock is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-lock-'));
    const path = join(dir, 'locked.db');
    const repo = await openSqliteRepository(path, { busyTimeoutMs: 100 });
    const other = new BetterSqlite3(path);
    other.exec('BEGIN EXCLUSIVE');
    const a = analyze(composeArticle(1).text, { published: '2025-01-02' });
    const err = await repo.ingest(a).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('SQLITE_BUSY');
    expect((err as Error).message).toMatch(/locked by another process/);
    other.exec('ROLLBACK');
    other.close();
    expect((await repo.ingest(a)).status).toBe('new');
    expect(repo.integrityCheck()).toBe('ok');
    await repo.close();
  });

  it('gives a clear error when the disk is full and keeps what was committed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-full-'));
    const repo = await openSqliteRepository(join(dir, 'full.db'));
    expect((await repo.ingest(analyze(composeArticle(2).text))).status).toBe('new');
    // Cap the file at its current size: the next write runs out of room as on a full disk.
    const pages = repo.db.pragma('page_count', { simple: true }) as number;
    repo.db.pragma(`max_page_count = ${pages}`);
    const big = Array.from({ length: 400 }, (_, i) => composeArticle(1000 + i).text).join('\n\n');
    const err = await repo.ingest(analyze(big)).catch((e: unknown) => e);
    expect((err as StoreError).code).toBe('SQLITE_FULL');
    expect((err as Error).message).toMatch(/disk full/);
    expect((await repo.stats()).articles).toBe(1);
    expect(repo.integrityCheck()).toBe('ok');
    await repo.close();
  });
});
