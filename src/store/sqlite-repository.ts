import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Analysis, Article, Crisis, Event, Incident, Mention } from '../model/index.js';
import { planMerge } from '../merge/plan-merge.js';
import type { OpenOptions } from './open-database.js';
import { openDatabase } from './open-database.js';
import type {
  Change,
  IncidentFilter,
  IngestOutcome,
  Page,
  Repository,
  SearchHit,
  StoreStats,
  StoredArticle,
} from './repository.js';
import { SqliteMergeLookup } from './sqlite-merge-lookup.js';
import { SqliteMergeWriter } from './sqlite-merge-writer.js';
import { SqliteStorylines } from './sqlite-storylines.js';
import { explainStoreError } from './store-error.js';

/** Whitespace-collapsed, lower-cased text: what "the same text" means for duplicates. */
export function hashNormalisedText(text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(norm).digest('hex');
}

/** FTS5 query from free text: each word quoted, all required. */
export function toFtsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/**
 * The SQLite store: articles, events and incidents merged on ingest. Every write is one
 * transaction, so a killed process loses nothing committed.
 *
 * @example
 * const repo = await openSqliteRepository('/tmp/sitrep.db');
 * await repo.ingest(analyze(text, { published: '2024-11-06' }));
 */
export class SqliteRepository implements Repository {
  private readonly cache = new Map<string, Statement>();
  private readonly storylines = new SqliteStorylines((sql) => this.q(sql));
  private readonly lookup = new SqliteMergeLookup((sql) => this.q(sql));
  private readonly writer = new SqliteMergeWriter((sql) => this.q(sql), this.storylines);
  /** Writes in turn: each holds the connection's one transaction until it commits. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: Database,
    readonly path: string,
  ) {}

  private q(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /** Runs `fn` in a write transaction (BEGIN IMMEDIATE), after the writes already queued. */
  private write<T>(fn: () => Promise<T> | T): Promise<T> {
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

  async ingest(analysis: Analysis): Promise<IngestOutcome> {
    return this.write(() => this.ingestNow(analysis));
  }

  /**
   * Bulk load: the same store and merge as `ingest`, many articles in one transaction (one commit).
   *
   * @example
   * await repo.ingestMany(analyses);
   */
  async ingestMany(analyses: readonly Analysis[]): Promise<IngestOutcome[]> {
    return this.write(async () => {
      const out: IngestOutcome[] = [];
      for (const a of analyses) out.push(await this.ingestNow(a));
      return out;
    });
  }

  /** Stores the article, plans its merge through the lookup, and applies the plan. */
  private async ingestNow(analysis: Analysis): Promise<IngestOutcome> {
    const textHash = hashNormalisedText(analysis.text);
    const same = this.q('SELECT id FROM articles WHERE text_hash = ? OR id = ? LIMIT 1').get(
      textHash,
      analysis.id,
    ) as { id: string } | undefined;
    if (same)
      return {
        status: 'duplicate',
        articleId: same.id,
        sameAs: same.id,
        reason: 'same text as a stored article',
        incidentIds: [],
      };
    const url = analysis.canonicalUrl ?? analysis.url;
    const prev = url
      ? (this.q(
          'SELECT id FROM articles WHERE canonical_url = ? OR url = ? ORDER BY rowid DESC LIMIT 1',
        ).get(url, url) as { id: string } | undefined)
      : undefined;
    const status = prev ? 'updated' : 'new';
    const { sentences: _s, mentions, events, ...article } = analysis;
    void _s;
    this.q(
      `INSERT INTO articles (id, url, canonical_url, text_hash, version_of, status, published, title, site_name, stored_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      article.id,
      article.url,
      article.canonicalUrl,
      textHash,
      prev?.id ?? null,
      status,
      article.published,
      article.title,
      article.siteName,
      new Date().toISOString(),
      JSON.stringify(article),
    );
    this.q('INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)').run(
      article.id,
      article.title ?? '',
      article.text,
    );
    mentions.forEach((m, i) =>
      this.q(
        'INSERT INTO mentions (article_id, idx, kind, span_start, span_end, body) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(article.id, i, m.kind, m.span.start, m.span.end, JSON.stringify(m)),
    );
    const meta = {
      id: article.id,
      url: article.url,
      published: article.published,
      siteName: article.siteName,
    };
    const plan = await planMerge(
      { article: meta, events, replaces: prev?.id ?? null },
      this.lookup,
    );
    this.writer.apply(plan, article.id, `${status}: ${article.title ?? article.source}`);
    return {
      status,
      articleId: article.id,
      ...(prev ? { sameAs: prev.id, reason: 'changed text at the same URL' } : {}),
      incidentIds: plan.incidentIds,
    };
  }

  private readIncident(id: string): Incident | null {
    const row = this.q('SELECT body, crisis_id FROM incidents WHERE id = ?').get(id) as
      { body: string; crisis_id: string | null } | undefined;
    if (!row) return null;
    return { ...(JSON.parse(row.body) as Incident), crisisId: row.crisis_id };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.q('SELECT body, stored_at, version_of FROM articles WHERE id = ?').get(id) as
      { body: string; stored_at: string; version_of: string | null } | undefined;
    if (!row) return null;
    const versions: string[] = [];
    let v = row.version_of;
    while (v && !versions.includes(v)) {
      versions.push(v);
      v =
        (
          this.q('SELECT version_of FROM articles WHERE id = ?').get(v) as
            { version_of: string | null } | undefined
        )?.version_of ?? null;
    }
    const mentions = (
      this.q('SELECT body FROM mentions WHERE article_id = ? ORDER BY idx').all(id) as {
        body: string;
      }[]
    ).map((r) => JSON.parse(r.body) as Mention);
    const events = (
      this.q('SELECT body FROM events WHERE article_id = ? ORDER BY rowid').all(id) as {
        body: string;
      }[]
    ).map((r) => JSON.parse(r.body) as Event);
    return {
      article: JSON.parse(row.body) as Article,
      mentions,
      events,
      storedAt: row.stored_at,
      versions,
    };
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<Page<Article>> {
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    const total = (this.q('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    const items = (
      this.q(
        'SELECT body FROM articles ORDER BY COALESCE(published, stored_at) DESC, id LIMIT ? OFFSET ?',
      ).all(limit, offset) as { body: string }[]
    ).map((r) => JSON.parse(r.body) as Article);
    return { items, total, limit, offset };
  }

  async getEvent(id: string): Promise<Event | null> {
    const row = this.q('SELECT body FROM events WHERE id = ?').get(id) as
      { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Event) : null;
  }

  /**
   * Brings the storylines up to date with every ingest so far (any process's): reads of incidents
   * and crises do it first. If another process holds the write lock, the read goes on with the
   * storylines as they were, and a later read settles.
   */
  async settle(): Promise<void> {
    if (!this.storylines.isStale()) return;
    try {
      this.db.transaction(() => this.storylines.settle()).immediate();
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY')
        throw explainStoreError(err, this.path);
    }
  }

  async listIncidents(filter: IncidentFilter = {}): Promise<Page<Incident>> {
    await this.settle();
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.crisisId) {
      where.push('i.crisis_id = ?');
      args.push(filter.crisisId);
    }
    if (filter.actor) {
      where.push('i.id IN (SELECT incident_id FROM incident_codes WHERE code = ?)');
      args.push(filter.actor.toUpperCase());
    }
    if (filter.type) {
      where.push('i.type = ?');
      args.push(filter.type);
    }
    if (filter.status) {
      where.push('i.status = ?');
      args.push(filter.status);
    }
    if (filter.since) {
      where.push('i.date >= ?');
      args.push(filter.since);
    }
    if (filter.until) {
      where.push('i.date <= ?');
      // A month or year bound covers all of it: '2024-11' admits 2024-11-30.
      args.push(filter.until.length < 10 ? `${filter.until}-99` : filter.until);
    }
    if (filter.q) {
      const fts = toFtsQuery(filter.q);
      if (fts) {
        where.push(
          'i.id IN (SELECT e.incident_id FROM evidence_fts f JOIN events e ON e.id = f.event_id WHERE evidence_fts MATCH ?)',
        );
        args.push(fts);
      }
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = Math.max(0, Math.floor(filter.limit ?? 100));
    const offset = Math.max(0, Math.floor(filter.offset ?? 0));
    // Both orders put undated incidents last and walk an index on (date, id): no sort, no scan.
    const order =
      filter.order === 'newest'
        ? 'ORDER BY i.date DESC, i.id DESC'
        : 'ORDER BY (i.date IS NULL), i.date, i.id';
    const total = (
      this.q(`SELECT COUNT(*) AS n FROM incidents i ${clause}`).get(...args) as { n: number }
    ).n;
    const rows = this.q(
      `SELECT body, crisis_id FROM incidents i ${clause} ${order} LIMIT ? OFFSET ?`,
    ).all(...args, limit, offset) as { body: string; crisis_id: string | null }[];
    const items = rows.map((r) => ({ ...(JSON.parse(r.body) as Incident), crisisId: r.crisis_id }));
    return { items, total, limit, offset };
  }

  async getIncident(id: string): Promise<Incident | null> {
    await this.settle();
    return this.readIncident(id);
  }

  private crisisFrom(row: { id: string; body: string }): Crisis {
    const crisis = JSON.parse(row.body) as Omit<Crisis, 'incidentIds'> & { incidentIds?: string[] };
    if (crisis.incidentIds) return { ...crisis, incidentIds: crisis.incidentIds };
    // Stored before crises kept their members: read them from the incidents.
    const ids = (
      this.q('SELECT id FROM incidents WHERE crisis_id = ? ORDER BY date, id').all(row.id) as {
        id: string;
      }[]
    ).map((r) => r.id);
    return { ...crisis, incidentIds: ids };
  }

  /** Storylines, latest first; `limit`/`offset` page them (all when no limit is given). */
  async listCrises(options: { limit?: number; offset?: number } = {}): Promise<Crisis[]> {
    await this.settle();
    const limit = options.limit === undefined ? -1 : Math.max(0, Math.floor(options.limit));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const rows = this.q(
      'SELECT id, body FROM crises ORDER BY first_date DESC, id LIMIT ? OFFSET ?',
    ).all(limit, offset) as { id: string; body: string }[];
    return rows.map((r) => this.crisisFrom(r));
  }

  async getCrisis(id: string): Promise<Crisis | null> {
    await this.settle();
    const row = this.q('SELECT id, body FROM crises WHERE id = ?').get(id) as
      { id: string; body: string } | undefined;
    return row ? this.crisisFrom(row) : null;
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const limit = options.limit ?? 20;
    const evidence = this.q(
      `SELECT f.event_id, f.article_id, snippet(evidence_fts, 2, '[', ']', '…', 16) AS snip,
              e.incident_id, a.title, a.published
       FROM evidence_fts f JOIN events e ON e.id = f.event_id JOIN articles a ON a.id = f.article_id
       WHERE evidence_fts MATCH ? ORDER BY rank LIMIT ?`,
    ).all(fts, limit) as {
      event_id: string;
      article_id: string;
      snip: string;
      incident_id: string | null;
      title: string | null;
      published: string | null;
    }[];
    const articles = this.q(
      `SELECT f.article_id, snippet(articles_fts, 2, '[', ']', '…', 16) AS snip, a.title, a.published
       FROM articles_fts f JOIN articles a ON a.id = f.article_id
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
    ).all(fts, limit) as {
      article_id: string;
      snip: string;
      title: string | null;
      published: string | null;
    }[];
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

  async stats(): Promise<StoreStats> {
    await this.settle();
    const n = (table: string): number =>
      (this.q(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const last = this.q('SELECT MAX(stored_at) AS t FROM articles').get() as { t: string | null };
    return {
      articles: n('articles'),
      events: n('events'),
      incidents: n('incidents'),
      crises: n('crises'),
      lastIngestAt: last.t,
    };
  }

  async changesSince(seq: number, limit = 100): Promise<Change[]> {
    const rows = this.q(
      'SELECT seq, at, kind, article_id, incident_id, detail FROM changes WHERE seq > ? ORDER BY seq LIMIT ?',
    ).all(seq, limit) as {
      seq: number;
      at: string;
      kind: Change['kind'];
      article_id: string | null;
      incident_id: string | null;
      detail: string;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      kind: r.kind,
      articleId: r.article_id,
      incidentId: r.incident_id,
      detail: r.detail,
    }));
  }

  /** Rebuilds what a migration asked for (storylines for stores made before them), once. */
  finishPendingRebuilds(): void {
    this.db
      .transaction(() => {
        const pending = this.q("SELECT 1 FROM pending_rebuilds WHERE what = 'storylines'").get();
        if (!pending) return;
        this.storylines.rebuild(
          (articleId) =>
            (
              this.q(
                'SELECT body FROM events WHERE article_id = ? AND retracted_by IS NULL ORDER BY rowid',
              ).all(articleId) as { body: string }[]
            ).map((r) => JSON.parse(r.body) as Event),
          (id) => this.readIncident(id)!,
        );
        this.q("DELETE FROM pending_rebuilds WHERE what = 'storylines'").run();
      })
      .immediate();
  }

  /** SQLite's own consistency check: `ok` when the file is sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
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
    repo.finishPendingRebuilds();
    return repo;
  } catch (err) {
    throw explainStoreError(err, path);
  }
}
