import { createHash } from 'node:crypto';
import type {
  Analysis,
  Article,
  Crisis,
  Event,
  Figure,
  Incident,
  Mention,
} from '../model/index.js';
import type { IncidentRow } from '../merge/incident-rows.js';
import { assembleIncident } from '../merge/incident-rows.js';
import { planMerge } from '../merge/plan-merge.js';
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
import { insertRows } from './insert-rows.js';
import type { SqlClient } from './sql-client.js';
import { SqlMergeLookup, readStatementRows } from './sql-merge-lookup.js';
import { SqlMergeWriter } from './sql-merge-writer.js';
import { Storylines } from './storylines.js';

/** Whitespace-collapsed, lower-cased text: what "the same text" means for duplicates. */
export function hashNormalisedText(text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(norm).digest('hex');
}

/** The words of a free-text query (letters and digits), each required. */
export function queryWords(q: string): string[] {
  return q.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A full-text condition: SQL with `?` parameters, as each store's text search says it. */
export interface TextMatch {
  sql: string;
  args: unknown[];
}

/** "No limit" in both dialects. */
const ALL_ROWS = 2 ** 31 - 1;

/**
 * The store over SQL, shared by SQLite and PostgreSQL: ingest (duplicates, versions, the merge
 * plan applied), and every read. A subclass gives the connection, the write transaction, and
 * its own full-text search.
 */
export abstract class SqlRepository implements Repository {
  protected readonly storylines: Storylines;
  private readonly lookup: SqlMergeLookup;
  private readonly writer: SqlMergeWriter;

  constructor(protected readonly sql: SqlClient) {
    this.storylines = new Storylines(sql);
    this.lookup = new SqlMergeLookup(sql);
    this.writer = new SqlMergeWriter(sql, this.storylines);
  }

  /** Runs `fn` in one write transaction; merges of different processes never interleave. */
  protected abstract write<T>(fn: () => Promise<T>): Promise<T>;
  /** Incidents whose evidence matches the words (null: the query has none). */
  protected abstract evidenceMatch(words: string[]): TextMatch | null;
  abstract search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  abstract settle(): Promise<void>;
  abstract close(): Promise<void>;

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
    const same = await this.sql.get<{ id: string }>(
      'SELECT id FROM articles WHERE text_hash = ? OR id = ? LIMIT 1',
      textHash,
      analysis.id,
    );
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
      ? await this.sql.get<{ id: string }>(
          `SELECT id FROM articles WHERE canonical_url = ? OR url = ? ORDER BY ${this.sql.seq} DESC LIMIT 1`,
          url,
          url,
        )
      : undefined;
    const status = prev ? 'updated' : 'new';
    const { sentences: _s, mentions, events, ...article } = analysis;
    void _s;
    await this.sql.run(
      `INSERT INTO articles (id, url, canonical_url, text_hash, version_of, status, published, title, site_name, stored_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    await this.sql.run(
      'INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)',
      article.id,
      article.title ?? '',
      article.text,
    );
    await insertRows(
      this.sql,
      'mentions (article_id, idx, kind, span_start, span_end, body)',
      mentions.map((m, i) => [article.id, i, m.kind, m.span.start, m.span.end, JSON.stringify(m)]),
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
    await this.writer.apply(plan, article.id, `${status}: ${article.title ?? article.source}`);
    return {
      status,
      articleId: article.id,
      ...(prev ? { sameAs: prev.id, reason: 'changed text at the same URL' } : {}),
      incidentIds: plan.incidentIds,
    };
  }

  protected async readIncident(id: string): Promise<Incident | null> {
    const row = await this.sql.get<{ body: string; crisis_id: string | null }>(
      'SELECT body, crisis_id FROM incidents WHERE id = ?',
      id,
    );
    return row ? this.incidentFrom(row) : null;
  }

  /**
   * An incident from its row: put together from its member, statement and figure rows (an
   * incident stored whole before tallies has them all in its body).
   */
  private async incidentFrom(row: { body: string; crisis_id: string | null }): Promise<Incident> {
    const body = JSON.parse(row.body) as Incident | IncidentRow;
    if ('statements' in body) return { ...body, crisisId: row.crisis_id };
    const members = await this.sql.all<{ event_id: string; article_id: string; say_key: string }>(
      'SELECT event_id, article_id, say_key FROM incident_events WHERE incident_id = ?',
      body.id,
    );
    const figures = await this.sql.all<{ body: string }>(
      'SELECT body FROM figures WHERE incident_id = ? ORDER BY idx',
      body.id,
    );
    return assembleIncident(
      { ...body, crisisId: row.crisis_id },
      members.map((m) => ({ eventId: m.event_id, articleId: m.article_id, sayKey: m.say_key })),
      await readStatementRows(this.sql, body.id),
      figures.map((f) => JSON.parse(f.body) as Figure),
    );
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await this.sql.get<{ body: string; stored_at: string; version_of: string | null }>(
      'SELECT body, stored_at, version_of FROM articles WHERE id = ?',
      id,
    );
    if (!row) return null;
    const versions: string[] = [];
    let v = row.version_of;
    while (v && !versions.includes(v)) {
      versions.push(v);
      v =
        (
          await this.sql.get<{ version_of: string | null }>(
            'SELECT version_of FROM articles WHERE id = ?',
            v,
          )
        )?.version_of ?? null;
    }
    const mentions = (
      await this.sql.all<{ body: string }>(
        'SELECT body FROM mentions WHERE article_id = ? ORDER BY idx',
        id,
      )
    ).map((r) => JSON.parse(r.body) as Mention);
    const events = (
      await this.sql.all<{ body: string }>(
        `SELECT body FROM events WHERE article_id = ? ORDER BY ${this.sql.seq}`,
        id,
      )
    ).map((r) => JSON.parse(r.body) as Event);
    return {
      article: JSON.parse(row.body) as Article,
      mentions,
      events,
      storedAt: row.stored_at,
      versions,
    };
  }

  private async count(sql: string, ...args: unknown[]): Promise<number> {
    return Number((await this.sql.get<{ n: number | string }>(sql, ...args))?.n ?? 0);
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<Page<Article>> {
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    const total = await this.count('SELECT COUNT(*) AS n FROM articles');
    const items = (
      await this.sql.all<{ body: string }>(
        'SELECT body FROM articles ORDER BY COALESCE(published, stored_at) DESC, id LIMIT ? OFFSET ?',
        limit,
        offset,
      )
    ).map((r) => JSON.parse(r.body) as Article);
    return { items, total, limit, offset };
  }

  async getEvent(id: string): Promise<Event | null> {
    const row = await this.sql.get<{ body: string }>('SELECT body FROM events WHERE id = ?', id);
    return row ? (JSON.parse(row.body) as Event) : null;
  }

  async listIncidents(filter: IncidentFilter = {}): Promise<Page<Incident>> {
    await this.settle();
    const where: string[] = [];
    const args: unknown[] = [];
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
    const match = filter.q ? this.evidenceMatch(queryWords(filter.q)) : null;
    if (match) {
      where.push(`i.id IN (${match.sql})`);
      args.push(...match.args);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = Math.max(0, Math.floor(filter.limit ?? 100));
    const offset = Math.max(0, Math.floor(filter.offset ?? 0));
    // Both orders put undated incidents last and walk an index on (date, id): no sort, no scan.
    const order =
      filter.order === 'newest'
        ? 'ORDER BY i.date DESC, i.id DESC'
        : 'ORDER BY (i.date IS NULL), i.date, i.id';
    const total = await this.count(`SELECT COUNT(*) AS n FROM incidents i ${clause}`, ...args);
    const rows = await this.sql.all<{ body: string; crisis_id: string | null }>(
      `SELECT body, crisis_id FROM incidents i ${clause} ${order} LIMIT ? OFFSET ?`,
      ...args,
      limit,
      offset,
    );
    const items: Incident[] = [];
    for (const r of rows) items.push(await this.incidentFrom(r));
    return { items, total, limit, offset };
  }

  async getIncident(id: string): Promise<Incident | null> {
    await this.settle();
    return this.readIncident(id);
  }

  private async crisisFrom(row: { id: string; body: string }): Promise<Crisis> {
    const crisis = JSON.parse(row.body) as Omit<Crisis, 'incidentIds'> & { incidentIds?: string[] };
    if (crisis.incidentIds) return { ...crisis, incidentIds: crisis.incidentIds };
    // Stored before crises kept their members: read them from the incidents.
    const ids = (
      await this.sql.all<{ id: string }>(
        'SELECT id FROM incidents WHERE crisis_id = ? ORDER BY date, id',
        row.id,
      )
    ).map((r) => r.id);
    return { ...crisis, incidentIds: ids };
  }

  /** Storylines, latest first; `limit`/`offset` page them (all when no limit is given). */
  async listCrises(options: { limit?: number; offset?: number } = {}): Promise<Crisis[]> {
    await this.settle();
    const limit = options.limit === undefined ? ALL_ROWS : Math.max(0, Math.floor(options.limit));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const rows = await this.sql.all<{ id: string; body: string }>(
      'SELECT id, body FROM crises ORDER BY first_date DESC, id LIMIT ? OFFSET ?',
      limit,
      offset,
    );
    const out: Crisis[] = [];
    for (const r of rows) out.push(await this.crisisFrom(r));
    return out;
  }

  async getCrisis(id: string): Promise<Crisis | null> {
    await this.settle();
    const row = await this.sql.get<{ id: string; body: string }>(
      'SELECT id, body FROM crises WHERE id = ?',
      id,
    );
    return row ? this.crisisFrom(row) : null;
  }

  async stats(): Promise<StoreStats> {
    await this.settle();
    const n = (table: string): Promise<number> => this.count(`SELECT COUNT(*) AS n FROM ${table}`);
    const last = await this.sql.get<{ t: string | null }>(
      'SELECT MAX(stored_at) AS t FROM articles',
    );
    return {
      articles: await n('articles'),
      events: await n('events'),
      incidents: await n('incidents'),
      crises: await n('crises'),
      lastIngestAt: last?.t ?? null,
    };
  }

  async changesSince(seq: number, limit = 100): Promise<Change[]> {
    const rows = await this.sql.all<{
      seq: number | string;
      at: string;
      kind: Change['kind'];
      article_id: string | null;
      incident_id: string | null;
      detail: string;
    }>(
      'SELECT seq, at, kind, article_id, incident_id, detail FROM changes WHERE seq > ? ORDER BY seq LIMIT ?',
      seq,
      limit,
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      kind: r.kind,
      articleId: r.article_id,
      incidentId: r.incident_id,
      detail: r.detail,
    }));
  }

  /** Rebuilds what a migration asked for (storylines for stores made before them), once. */
  protected async finishPendingRebuilds(): Promise<void> {
    await this.write(async () => {
      const pending = await this.sql.get(
        "SELECT 1 FROM pending_rebuilds WHERE what = 'storylines'",
      );
      if (!pending) return;
      await this.storylines.rebuild(
        async (articleId) =>
          (
            await this.sql.all<{ body: string }>(
              `SELECT body FROM events WHERE article_id = ? AND retracted_by IS NULL ORDER BY ${this.sql.seq}`,
              articleId,
            )
          ).map((r) => JSON.parse(r.body) as Event),
        async (id) => (await this.readIncident(id))!,
      );
      await this.sql.run("DELETE FROM pending_rebuilds WHERE what = 'storylines'");
    });
  }
}
