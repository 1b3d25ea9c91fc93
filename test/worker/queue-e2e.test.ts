import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { openPgRepository } from '../../src/store/pg-repository.js';
import type { Repository } from '../../src/store/repository.js';
import { longInventedPage } from '../support/long-page.js';
import { freshPgDatabase, testPostgresUrl } from '../support/postgres.js';
import { readEvents } from '../support/read-sse.js';
import { startNewsSite, type NewsSite } from '../watch/news-server.js';
import { CLI } from '../support/run-cli.js';

const server = testPostgresUrl();
const dataHome = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));

/** Starts the built CLI; its output is kept for a failing test's message. */
function sitrep(args: string[]): {
  child: ChildProcess;
  output: () => string;
  done: Promise<number>;
} {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The watcher's own state file goes to a fresh folder, not the user's data folder.
    env: { ...process.env, XDG_DATA_HOME: dataHome },
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<number>((ok) => child.on('exit', (code) => ok(code ?? -1)));
  return { child, output: () => out, done };
}

async function until(
  what: string,
  check: () => Promise<boolean>,
  state: () => Promise<string>,
  ms = 90_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${await state()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!server)('watch queues, two workers drain, one is killed mid-job', () => {
  let site: NewsSite;
  let url: string;
  let admin: pg.Client;
  let web: RunningServer;
  let webStore: Repository;
  const pushed: { event: string; data: string }[] = [];
  let stream: { close: () => void } | null = null;
  const workers: ReturnType<typeof sitrep>[] = [];
  beforeAll(async () => {
    site = await startNewsSite();
    url = await freshPgDatabase(server!);
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // `serve` on the same store, its poll an hour apart: only NOTIFY can bring a push in time.
    webStore = await openPgRepository(url);
    web = await startServer({ repository: webStore, port: 0, pollMs: 3_600_000 });
    let ready!: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    stream = readEvents(`${web.url}/events/stream`, (event, data) => {
      pushed.push({ event, data });
      if (event === 'ready') ready();
    });
    await isReady;
    // The long story is the oldest item, so it is queued, and taken, first.
    site.items.push({ slug: 'long', day: '2024-10-30' });
    site.raw.set('/story/long', {
      type: 'text/html; charset=utf-8',
      body: longInventedPage('Long report', 60, new Date('2024-10-30T09:00:00Z')),
    });
    for (let i = 1; i <= 8; i++) site.items.push({ slug: `s${i}`, day: `2024-11-0${i}` });
  });
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    stream?.close();
    await web?.close();
    await webStore?.close();
    await admin?.end();
    site?.server.close();
  });

  const jobStates = async (): Promise<Record<string, number>> => {
    const r = await admin.query<{ state: string; n: number }>(
      "SELECT state, COUNT(*)::int AS n FROM pgboss.job WHERE name = 'sitrep-documents' GROUP BY state",
    );
    return Object.fromEntries(r.rows.map((x) => [x.state, x.n]));
  };

  it('stores every item once, the killed worker’s job retried by the other', async () => {
    const watch = sitrep([
      'watch',
      '--once',
      '--allow-private',
      // Longer than any job takes here, short enough for the test to see the retry.
      '--job-timeout',
      '10s',
      '--db',
      url,
      `${site.base}/feed.xml`,
    ]);
    expect(await watch.done, watch.output()).toBe(0);
    expect(watch.output()).toContain('item-queued');
    expect((await jobStates()).created).toBe(9);

    const first = sitrep(['worker', '--supervise-every', '1s', '--db', url]);
    workers.push(first);
    await until(
      'the long story to be taken',
      async () => {
        const r = await admin.query(
          "SELECT 1 FROM pgboss.job WHERE name = 'sitrep-documents' AND state = 'active' AND data->>'url' LIKE '%/story/long'",
        );
        return r.rowCount === 1;
      },
      async () => JSON.stringify(await jobStates()) + first.output(),
    );
    const second = sitrep(['worker', '--supervise-every', '1s', '--db', url]);
    workers.push(second);
    first.child.kill('SIGKILL');
    expect(await first.done).not.toBe(0);

    await until(
      'every job to be completed',
      async () => (await jobStates()).completed === 9,
      async () => JSON.stringify(await jobStates()) + second.output(),
    );
    const repo = await openPgRepository(url);
    const articles = (await repo.listArticles({ limit: 100 })).items;
    expect(articles).toHaveLength(9);
    expect(new Set(articles.map((a) => a.url)).size).toBe(9);
    expect(articles.some((a) => a.url?.endsWith('/story/long'))).toBe(true);
    expect((await repo.listIncidents({ limit: 1 })).total).toBeGreaterThan(0);
    await repo.close();
    // The long story's job ran twice: once in the killed worker, once after it expired.
    const long = await admin.query<{ retry_count: number }>(
      "SELECT retry_count FROM pgboss.job WHERE data->>'url' LIKE '%/story/long'",
    );
    expect(long.rows[0]?.retry_count).toBeGreaterThanOrEqual(1);
    expect(second.output()).toContain('/story/long');

    // `serve` shows the incidents, and pushed them live to the stream opened before any store.
    const api = (await (await fetch(`${web.url}/api/incidents?limit=500`)).json()) as {
      items: { id: string }[];
    };
    expect(api.items.length).toBeGreaterThan(0);
    await until(
      'the live push of an incident',
      async () => pushed.some((p) => p.event === 'incident'),
      async () => JSON.stringify(pushed.map((p) => p.event)),
      20_000,
    );
    const shown = new Set(api.items.map((i) => i.id));
    const pushedIncidents = pushed.filter((p) => p.event === 'incident');
    expect(pushedIncidents.some((p) => [...shown].some((id) => p.data.includes(id)))).toBe(true);
    second.child.kill('SIGTERM');
    expect(await second.done).toBe(0);
  }, 180_000);
});
