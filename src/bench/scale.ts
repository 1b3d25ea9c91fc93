import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openRepository } from '../store/open-repository.js';
import type { Analysis } from '../model/index.js';
import { PgClient } from '../store/pg-client.js';
import { SqliteClient } from '../store/sqlite-client.js';
import { openSqliteRepository } from '../store/sqlite-repository.js';
import { isPostgresUrl } from '../store/store-url.js';
import { MERGED_TAIL, storeWithoutMerge, syntheticAnalysis } from './store.js';
import { NODE_FLAGS } from '../runtime/node-flags.js';

const run = promisify(execFile);
const WORKER = join(import.meta.dirname, 'scale-worker.js');

interface WorkerResult {
  stored: number;
  ms: number;
  peakRssMb: number;
  samples: { articles: number; rssMb: number; heapUsedMb: number; heapTotalMb: number }[];
}

/** The one-minute load average, for the figures' context (the machine is shared). */
const load = (): string => loadavg()[0]!.toFixed(1);

/** A positive whole number from the environment, or the default. */
function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number`);
  return value;
}

async function ingestIn(db: string, from: number, to: number, mode = ''): Promise<WorkerResult> {
  const args = ['--expose-gc', ...NODE_FLAGS, WORKER, db, String(from), String(to), mode];
  const { stdout } = await run(process.execPath, args, {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as WorkerResult;
}

/** `workers` processes share `n` articles; articles per second over the wall time. */
async function throughput(db: string, n: number, workers: number): Promise<number> {
  const started = performance.now();
  const per = Math.ceil(n / workers);
  const results = await Promise.all(
    Array.from({ length: workers }, (_, w) => ingestIn(db, w * per, Math.min(n, (w + 1) * per))),
  );
  const stored = results.reduce((s, r) => s + r.stored, 0);
  return stored / ((performance.now() - started) / 1000);
}

/** Stores synthetic articles `from`..`to` through the bulk path (no merge), 5,000 a transaction. */
async function fillWithoutMerge(db: string, from: number, to: number): Promise<void> {
  const batches = (): Analysis[][] => {
    const out: Analysis[][] = [];
    for (let i = from; i < to; i += 5000)
      out.push(Array.from({ length: Math.min(5000, to - i) }, (_, k) => syntheticAnalysis(i + k)));
    return out;
  };
  if (isPostgresUrl(db)) {
    const pool = new pg.Pool({ connectionString: db, max: 1 });
    const client = new PgClient(pool);
    try {
      for (const batch of batches())
        await client.transaction(() => storeWithoutMerge(client, batch));
    } finally {
      await pool.end();
    }
    return;
  }
  const repo = await openSqliteRepository(db);
  try {
    for (const batch of batches()) {
      repo.db.exec('BEGIN IMMEDIATE');
      await storeWithoutMerge(new SqliteClient(repo.db), batch);
      repo.db.exec('COMMIT');
    }
  } finally {
    await repo.close();
  }
}

/**
 * Milliseconds a new article's merge takes once `size` articles are stored (merged). Past 10,000
 * the older history goes through the bulk path and only the last MERGED_TAIL are merged, as in
 * `bench -- store`.
 */
async function mergeCost(db: string, size: number, probes: number): Promise<number> {
  const bulk = size > 10_000 ? size - MERGED_TAIL : 0;
  const repo = await openRepository(db);
  if (bulk > 0) await fillWithoutMerge(db, 0, bulk);
  const batch = 500;
  for (let i = bulk; i < size; i += batch)
    await repo.ingestMany(
      Array.from({ length: Math.min(batch, size - i) }, (_, k) => syntheticAnalysis(i + k)),
    );
  await repo.settle();
  const started = performance.now();
  for (let i = size; i < size + probes; i++) await repo.ingest(syntheticAnalysis(i));
  const ms = (performance.now() - started) / probes;
  await repo.close();
  return ms;
}

async function freshPg(server: string): Promise<string> {
  const name = `sitrep_bench_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * `npm run bench -- scale`: articles per second (analysis and store) into SQLite with one process
 * and into PostgreSQL with 1 and 2 worker processes; the peak RSS of one long ingest; the cost of
 * a new article's merge as the store grows, on both stores; the long run on both stores. PostgreSQL figures need a server:
 * SITREP_BENCH_PG (or SITREP_TEST_PG) names one. Sizes: SCALE_ARTICLES (throughput, 400),
 * SCALE_LONG (the RSS run, 10000), SCALE_SIZES (merge cost, "1000,10000"; past 10,000 the history is bulk-stored).
 * SCALE_PARTS runs some of the parts only ("throughput,long,merge").
 */
export async function benchScale(): Promise<void> {
  const n = envCount('SCALE_ARTICLES', 400);
  const long = envCount('SCALE_LONG', 10_000);
  const sizes = (process.env.SCALE_SIZES ?? '1000,10000').split(',').map(Number);
  const parts = new Set((process.env.SCALE_PARTS ?? 'throughput,long,merge').split(','));
  const server = process.env.SITREP_BENCH_PG ?? process.env.SITREP_TEST_PG;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-scale-'));
  try {
    if (parts.has('throughput')) {
      const sqlite = await throughput(join(dir, 'throughput.db'), n, 1);
      process.stdout.write(
        `SQLite, 1 process: ${sqlite.toFixed(1)} articles/s (${n} articles, load ${load()})\n`,
      );
      if (server)
        for (const workers of [1, 2]) {
          const rate = await throughput(await freshPg(server), n, workers);
          process.stdout.write(
            `PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}: ${rate.toFixed(1)} articles/s (${n} articles, load ${load()})\n`,
          );
        }
      else process.stdout.write('PostgreSQL: skipped (set SITREP_BENCH_PG=postgres://...)\n');
    }
    const longRuns: [string, string][] = [];
    if (parts.has('long')) longRuns.push(['SQLite', join(dir, 'long.db')]);
    if (parts.has('long') && server) longRuns.push(['PostgreSQL', await freshPg(server)]);
    for (const [store, db] of longRuns) {
      const before = load();
      const r = await ingestIn(db, 0, long);
      process.stdout.write(
        `${store}, ${long} articles analysed and stored in one process: peak RSS ${r.peakRssMb.toFixed(0)} MB, ${(long / (r.ms / 1000)).toFixed(1)} articles/s (load ${before} -> ${load()})\n`,
      );
      for (const m of r.samples)
        process.stdout.write(
          `  at ${m.articles}: RSS ${m.rssMb} MB, live heap ${m.heapUsedMb} MB of ${m.heapTotalMb} MB\n`,
        );
    }
    for (const size of parts.has('merge') ? sizes : []) {
      const sq = await mergeCost(join(dir, `merge-${size}.db`), size, 200);
      const pgMs = server ? await mergeCost(await freshPg(server), size, 200) : null;
      process.stdout.write(
        `merge cost of a new article at ${size} stored: SQLite ${sq.toFixed(2)} ms` +
          (pgMs === null ? '' : `, PostgreSQL ${pgMs.toFixed(2)} ms`) +
          ` (load ${load()})\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
