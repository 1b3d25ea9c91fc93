import pg from 'pg';
import { PG_MIGRATIONS } from './pg-migrations/index.js';
import { PgClient } from './pg-client.js';
import type { SearchHit } from './repository.js';
import type { TextMatch } from './sql-repository.js';
import { queryWords, SqlRepository } from './sql-repository.js';
import type { ArticleRow, EvidenceRow } from './sqlite-repository.js';
import { searchHits } from './sqlite-repository.js';
import { StoreError } from './store-error.js';

/**
 * The advisory lock every merge takes: merges of all processes run one at a time (analysis, the
 * costly part, runs in parallel), so two workers never plan against the same incidents at once.
 */
const MERGE_LOCK = 7_140_001;
/** The channel a committed ingest notifies: live pages of every process wake on it. */
export const CHANGES_CHANNEL = 'sitrep_changes';

const HEADLINE = "'StartSel=[, StopSel=], MaxWords=16, MinWords=6, FragmentDelimiter=…'";

/**
 * The PostgreSQL store: the same tables, merge and contract as SQLite, shared by any number of
 * watchers, workers and web servers. Text search is PostgreSQL's own (`simple` configuration);
 * each committed ingest sends NOTIFY on `sitrep_changes`.
 *
 * @example
 * const repo = await openPgRepository('postgres://sitrep@127.0.0.1:5432/sitrep');
 */
export class PgRepository extends SqlRepository {
  constructor(
    private readonly client: PgClient,
    readonly url: string,
  ) {
    super(client);
  }

  protected write<T>(fn: () => Promise<T>): Promise<T> {
    return this.client.transaction(async () => {
      await this.client.run('SELECT pg_advisory_xact_lock(?)', MERGE_LOCK);
      const out = await fn();
      await this.client.run('SELECT pg_notify(?, ?)', CHANGES_CHANNEL, '');
      return out;
    });
  }

  protected evidenceMatch(words: string[]): TextMatch | null {
    if (words.length === 0) return null;
    return {
      sql: `SELECT e.incident_id FROM evidence_fts f JOIN events e ON e.id = f.event_id
            WHERE f.tsv @@ plainto_tsquery('simple', ?)`,
      args: [words.join(' ')],
    };
  }

  /**
   * Brings the storylines up to date: under the merge lock when it is free; when a merge holds
   * it, the read goes on with the storylines as they were, and a later read settles.
   */
  async settle(): Promise<void> {
    if (!(await this.storylines.isStale())) return;
    await this.client.transaction(async () => {
      const got = await this.client.get<{ ok: boolean }>(
        'SELECT pg_try_advisory_xact_lock(?) AS ok',
        MERGE_LOCK,
      );
      if (got?.ok) await this.storylines.settle();
    });
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const words = queryWords(query).join(' ');
    if (!words) return [];
    const limit = options.limit ?? 20;
    const evidence = await this.client.all<EvidenceRow>(
      `SELECT f.event_id, f.article_id, ts_headline('simple', f.text, q, ${HEADLINE}) AS snip,
              e.incident_id, a.title, a.published
       FROM evidence_fts f CROSS JOIN plainto_tsquery('simple', ?) q
         JOIN events e ON e.id = f.event_id JOIN articles a ON a.id = f.article_id
       WHERE f.tsv @@ q ORDER BY ts_rank(f.tsv, q) DESC, f.event_id LIMIT ?`,
      words,
      limit,
    );
    const articles = await this.client.all<ArticleRow>(
      `SELECT f.article_id, ts_headline('simple', f.text, q, ${HEADLINE}) AS snip, a.title, a.published
       FROM articles_fts f CROSS JOIN plainto_tsquery('simple', ?) q
         JOIN articles a ON a.id = f.article_id
       WHERE f.tsv @@ q ORDER BY ts_rank(f.tsv, q) DESC, f.article_id LIMIT ?`,
      words,
      limit,
    );
    return searchHits(evidence, articles, limit);
  }

  /**
   * Calls `listener` whenever any process commits an ingest (LISTEN on `sitrep_changes`);
   * returns the function that stops listening.
   */
  async onChanges(listener: () => void): Promise<() => Promise<void>> {
    const conn = await this.client.pool.connect();
    const handler = (msg: pg.Notification): void => {
      if (msg.channel === CHANGES_CHANNEL) listener();
    };
    conn.on('notification', handler);
    await conn.query(`LISTEN ${CHANGES_CHANNEL}`);
    return async () => {
      conn.off('notification', handler);
      await conn.query(`UNLISTEN ${CHANGES_CHANNEL}`).catch(() => undefined);
      conn.release();
    };
  }

  async close(): Promise<void> {
    await this.client.pool.end();
  }
}

/** Applies every PostgreSQL migration not yet applied, each in its own transaction, one process at a time. */
async function applyPgMigrations(client: PgClient): Promise<void> {
  await client.transaction(async () => {
    // One process migrates at a time; the others wait, then find nothing left to do.
    await client.run('SELECT pg_advisory_xact_lock(?)', MERGE_LOCK - 1);
    await client.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await client.all<{ id: number }>('SELECT id FROM schema_migrations')).map((r) => r.id),
    );
    for (const m of [...PG_MIGRATIONS].sort((a, b) => a.id - b.id)) {
      if (done.has(m.id)) continue;
      await client.run(m.sql);
      await client.run(
        'INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)',
        m.id,
        m.name,
        new Date().toISOString(),
      );
    }
  });
}

/** A clear message for what commonly stops a connection: no server, no such database. */
function explainPgError(err: unknown): Error {
  const code = (err as { code?: unknown }).code;
  const msg = err instanceof Error ? err.message : String(err);
  if (code === '3D000')
    return new StoreError('PG_NO_DATABASE', `${msg}: create it first (\`createdb NAME\`)`);
  if (code === 'ECONNREFUSED' || code === 'ENOENT')
    return new StoreError(
      'PG_NO_SERVER',
      `no PostgreSQL server answers (${msg}): start it, or check the host and port in the URL`,
    );
  return err instanceof Error ? err : new Error(msg);
}

/**
 * Connects to the PostgreSQL store at `url`, migrations applied.
 *
 * @example
 * const repo = await openPgRepository(process.env.SITREP_DB!);
 */
export async function openPgRepository(
  url: string,
  options: { poolSize?: number } = {},
): Promise<PgRepository> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', () => undefined);
  const client = new PgClient(pool);
  try {
    await applyPgMigrations(client);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw explainPgError(err);
  }
  return new PgRepository(client, url);
}
