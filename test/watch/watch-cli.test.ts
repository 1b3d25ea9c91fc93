import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsSite, type NewsSite } from './news-server.js';
import { CLI } from '../support/run-cli.js';

/** Runs the built CLI without blocking this process, so the loopback site can answer it. */
function sitrep(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { timeout: 60_000, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? Number((err as { code?: number }).code ?? 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe('sitrep sources, alerts and watch --once', () => {
  let site: NewsSite;
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-cli-watch-')), 'cli.db');
  beforeAll(async () => {
    site = await startNewsSite();
    site.items.push({ slug: 'cli-1', day: '2024-11-01' }, { slug: 'cli-2', day: '2024-11-02' });
  });
  afterAll(() => site.server.close());

  it('adds, lists and removes sources, refusing a non-http URL', async () => {
    const added = await sitrep([
      'sources',
      'add',
      `${site.base}/feed.xml`,
      `${site.base}/extra.xml`,
      '--db',
      db,
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`added: ${site.base}/feed.xml`);
    const bad = await sitrep(['sources', 'add', 'ftp://example.org/feed', '--db', db]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/only http and https/);
    const removed = await sitrep(['sources', 'rm', `${site.base}/extra.xml`, '--db', db]);
    expect(removed.stdout).toContain('removed');
    const list = await sitrep(['sources', 'list', '--db', db]);
    expect(list.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('manages alert subscriptions', async () => {
    const added = await sitrep([
      'alerts',
      'add',
      'https://hooks.example/x',
      '--on',
      'status,new',
      '--secret',
      'k',
      '--db',
      db,
    ]);
    expect(added.stdout).toMatch(/^alert 1:/);
    expect((await sitrep(['alerts', 'list', '--db', db])).stdout).toContain('on=status,new');
    const badKind = await sitrep([
      'alerts',
      'add',
      'https://hooks.example/y',
      '--on',
      'weather',
      '--db',
      db,
    ]);
    expect(badKind.stderr).toMatch(/not an alert kind/);
    expect((await sitrep(['alerts', 'rm', '1', '--db', db])).stdout).toContain('removed alert 1');
  });

  it('says up front when there is nothing to watch', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'sitrep-cli-empty-')), 'empty.db');
    const r = await sitrep(['watch', '--once', '--db', empty]);
    expect(r.code).toBe(0);
    const first = JSON.parse(r.stderr.split('\n')[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ level: 'warn', event: 'no-sources' });
  });

  it('refuses a loopback source without --allow-private, with a JSON log line naming it', async () => {
    const r = await sitrep(['watch', '--once', '--db', db]);
    expect(r.code).toBe(1);
    const lines = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const failed = lines.find((l) => l.event === 'source-failed');
    expect(failed).toMatchObject({ level: 'error', source: `${site.base}/feed.xml` });
    expect(String(failed?.message)).toMatch(/private or reserved address/);
    expect(site.hits.get('/feed.xml')).toBeUndefined();
  });

  it('ingests the feed once with --allow-private, logging one JSON object per line', async () => {
    const r = await sitrep([
      'watch',
      '--once',
      '--allow-private',
      '--host-interval',
      '0s',
      '--db',
      db,
    ]);
    const lines = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.event === 'item-ingested')).toHaveLength(2);
    for (const l of lines) expect(Object.keys(l).slice(0, 2)).toEqual(['time', 'level']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('sitrep watch killed mid-pass', () => {
  let site: NewsSite;
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-kill-')), 'kill.db');
  beforeAll(async () => {
    site = await startNewsSite();
    for (let i = 0; i < 12; i++)
      site.items.push({ slug: `k${i}`, day: `2024-11-${String(i + 1).padStart(2, '0')}` });
    site.storyDelayMs = 150;
  });
  afterAll(() => site.server.close());

  it('loses nothing: a restart takes exactly the items not yet stored', async () => {
    await sitrep(['sources', 'add', `${site.base}/feed.xml`, '--db', db]);
    const child = execFile(process.execPath, [
      CLI,
      'watch',
      '--allow-private',
      '--host-interval',
      '0s',
      '--db',
      db,
    ]);
    // Wait until a few items are in, then kill without warning.
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline && (site.hits.get('/story/k4') ?? 0) === 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const firstRun = site.items.filter((i) => (site.hits.get(`/story/${i.slug}`) ?? 0) > 0).length;
    expect(firstRun).toBeLessThan(12);
    site.storyDelayMs = 0;
    const r = await sitrep([
      'watch',
      '--once',
      '--allow-private',
      '--host-interval',
      '0s',
      '--db',
      db,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const { openStores } = await import('../../src/watch/open-stores.js');
    const { store, repository } = await openStores(db);
    expect(store.countSeen('ingested')).toBe(12);
    expect((await repository.stats()).articles).toBe(12);
    // Items stored before the kill were not fetched again; at most the one in flight was.
    const refetched = site.items.filter((i) => (site.hits.get(`/story/${i.slug}`) ?? 0) > 1).length;
    expect(refetched).toBeLessThanOrEqual(1);
    await repository.close();
    store.db.close();
  }, 120_000);
});
