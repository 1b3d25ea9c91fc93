import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples/essequibo-border-crisis.jsonl');

const sitrep = (args: string[]) => runCli(args);

describe("a new user's first commands", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-first-'));
  const db = join(dir, 'crisis.db');

  beforeAll(() => {
    const r = sitrep(['ingest', '--db', db, examples]);
    expect(r.code, r.stderr).toBe(0);
  }, 60_000);

  it('refuses --db in a folder that does not exist, and creates nothing', () => {
    const r = sitrep(['ingest', '--db', join(dir, 'no/such/dir/x.db'), examples]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/folder .*no\/such\/dir does not exist/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('refuses export --out in a folder that does not exist', () => {
    const r = sitrep(['export', '--db', db, '--out', join(dir, 'no/such/dir/x.csv')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/folder .*no\/such\/dir does not exist/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it.each([
    [['timeline', '--crisis', 'cri-nope'], /no crisis cri-nope/],
    [['claims', '--crisis', 'nope'], /no crisis nope/],
    [['timeline', '--actor', 'XYZ'], /actor XYZ/],
  ])('names an unknown id and exits non-zero: %j', (args, why) => {
    const r = sitrep([...args, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(why);
  });

  it('still lists a known actor', () => {
    const r = sitrep(['timeline', '--actor', 'ven', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/VEN/);
  });

  it("shows each search hit's title, outlet and id, each sentence once", () => {
    const r = sitrep(['search', 'troops', '--db', db]);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toMatch(/title\s+outlet\s+id\s+snippet/);
    expect(rows.some((row) => /news\.example\.org/.test(row))).toBe(true);
    expect(rows.every((row) => /\b[0-9a-f]{16}\b/.test(row))).toBe(true);
    const snippets = rows.map((row) => row.slice(header?.indexOf('snippet') ?? 0));
    expect(new Set(snippets).size).toBe(snippets.length);
  });

  it('says so when there are no sources', () => {
    const r = sitrep(['sources', 'list', '--db', join(dir, 'empty.db')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no sources yet.*sitrep sources add/);
  });
});
