import type { Database } from 'better-sqlite3';
import type { OpenOptions } from './open-database.js';
import { openDatabase } from './open-database.js';
import type { SearchHit } from './repository.js';
import type { TextMatch } from './sql-repository.js';
import { queryWords, SqlRepository } from './sql-repository.js';
import { SqliteClient } from './sqlite-client.js';
import { explainStoreError } from './store-error.js';

export { hashNormalisedText } from './sql-repository.js';

/** FTS5 query from free text: each word quoted, all required. */
export function toFtsQuery(q: string): string {
  return queryWords(q)
    .map((w) => `"${w}"`)
    .join(' ');
}

/**
 * The SQLite store: articles, events and incidents merged on ingest. Every write is one
 * transaction, so a killed process loses nothing committed.
 *
 * @example
 * const repo = await openSqliteRepository('/tmp/sitrep.db');
 * await repo.ingest(analyze(text, { published: '2024-11-06' }));
 */
export class SqliteRepository extends SqlRepository {
  /** Writes in turn: each holds the connection's one transaction until it commits. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: Database,
    readonly path: string,
  ) {
    super(new SqliteClient(db));
  }

  /** Runs `fn` in a write transaction (BEGIN IMMEDIATE), after the writes already queued. */
  protected write<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writes.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn();
        this.db.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    });
    this.writes = run.catch(() => undefined);
    return run.catch((err: unknown) => {
      throw explainStoreError(err, this.path);
    });
  }

  protected evidenceMatch(words: string[]): TextMatch | null {
    if (words.length === 0) return null;
    return {
      sql: 'SELECT e.incident_id FROM evidence_fts f JOIN events e ON e.id = f.event_id WHERE evidence_fts MATCH ?',
      args: [toFtsQuery(words.join(' '))],
    };
  }

  /**
   * Brings the storylines up to date with every ingest so far (any process's): reads of incidents
   * and crises do it first. If another process holds the write lock, the read goes on with the
   * storylines as they were, and a later read settles.
   */
  async settle(): Promise<void> {
    if (!(await this.storylines.isStale())) return;
    try {
      await this.write(() => this.storylines.settle());
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
    }
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const limit = options.limit ?? 20;
    const evidence = this.db
      .prepare(
        `SELECT f.event_id, f.article_id, snippet(evidence_fts, 2, '[', ']', '…', 16) AS snip,
              e.incident_id, a.title, a.published
       FROM evidence_fts f JOIN events e ON e.id = f.event_id JOIN articles a ON a.id = f.article_id
       WHERE evidence_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(fts, limit) as EvidenceRow[];
    const articles = this.db
      .prepare(
        `SELECT f.article_id, snippet(articles_fts, 2, '[', ']', '…', 16) AS snip, a.title, a.published
       FROM articles_fts f JOIN articles a ON a.id = f.article_id
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(fts, limit) as ArticleRow[];
    return searchHits(evidence, articles, limit);
  }

  /** Rebuilds what a migration asked for (storylines for stores made before them), once. */
  override async finishPendingRebuilds(): Promise<void> {
    await super.finishPendingRebuilds();
  }

  /** SQLite's own consistency check: `ok` when the file is sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  async close(): Promise<void> {
    await this.writes;
    if (this.db.open) this.db.close();
  }
}

/** A search hit in evidence, as each store's query returns it. */
export interface EvidenceRow {
  event_id: string;
  article_id: string;
  snip: string;
  incident_id: string | null;
  title: string | null;
  published: string | null;
}

/** A search hit in an article's text. */
export interface ArticleRow {
  article_id: string;
  snip: string;
  title: string | null;
  published: string | null;
}

/** Evidence hits first, then article hits, `limit` in all. */
export function searchHits(
  evidence: readonly EvidenceRow[],
  articles: readonly ArticleRow[],
  limit: number,
): SearchHit[] {
  return [
    ...evidence.map((r) => ({
      kind: 'evidence' as const,
      articleId: r.article_id,
      eventId: r.event_id,
      incidentId: r.incident_id,
      title: r.title,
      snippet: r.snip,
      published: r.published,
    })),
    ...articles.map((r) => ({
      kind: 'article' as const,
      articleId: r.article_id,
      eventId: null,
      incidentId: null,
      title: r.title,
      snippet: r.snip,
      published: r.published,
    })),
  ].slice(0, limit);
}

/**
 * Opens (creating it) the SQLite store at `path`, migrations applied.
 *
 * @example
 * const repo = await openSqliteRepository(defaultDatabasePath());
 */
export async function openSqliteRepository(
  path: string,
  options: OpenOptions = {},
): Promise<SqliteRepository> {
  try {
    const repo = new SqliteRepository(openDatabase(path, options), path);
    await repo.finishPendingRebuilds();
    return repo;
  } catch (err) {
    throw explainStoreError(err, path);
  }
}
