import type { Database, Statement } from 'better-sqlite3';
import * as watchMigration from './migrations/100-watch.js';

/** A watched source as kept in the store. */
export interface WatchSource {
  url: string;
  kind: 'auto' | 'feed' | 'sitemap' | 'page';
  addedAt: string;
}

/** What the last fetch of a URL left: validators, content hash, failure backoff. */
export interface FetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  failures: number;
  /** Epoch ms before which the URL is not fetched again (backoff after failures). */
  nextAttemptAt: number;
  lastStatus: string | null;
  lastError: string | null;
}

export type AlertKind = 'status' | 'figure' | 'new';

export interface AlertSubscription {
  id: number;
  url: string;
  crisisId: string | null;
  kinds: AlertKind[];
  secret: string | null;
  allowPrivate: boolean;
  cursor: number | null;
  createdAt: string;
}

export interface AlertDelivery {
  id: number;
  subscriptionId: number;
  changeSeq: number;
  payload: string;
  attempts: number;
}

/** Seen-item outcome: committed to the store, a duplicate of stored content, or given up. */
/** `queued`: handed to the job queue, which stores it (a worker's job). */
export type SeenStatus = 'ingested' | 'queued' | 'duplicate' | 'failed' | 'given-up';

interface FetchStateRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  failures: number;
  next_attempt_at: number;
  last_status: string | null;
  last_error: string | null;
}

interface SubscriptionRow {
  id: number;
  url: string;
  crisis_id: string | null;
  kinds: string;
  secret: string | null;
  allow_private: number;
  cursor: number | null;
  created_at: string;
}

/** Applies the watch tables to a database where the store's own migrations are not run. */
export function applyWatchMigration(db: Database): void {
  db.exec(watchMigration.sql);
}

/**
 * The watch loop's state in the store: sources, per-URL fetch state, seen items, alert
 * subscriptions and the queue of webhook deliveries. Synchronous (better-sqlite3).
 *
 * @example
 * const store = new WatchStore(openDatabase(path));
 * store.addSource('https://example.org/feed.xml');
 */
export class WatchStore {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Database) {}

  /** Prepared once per SQL text: a long watch runs the same few statements many times. */
  private prepare(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  addSource(url: string, kind: WatchSource['kind'] = 'auto', now = new Date()): boolean {
    const r = this.db
      .prepare(
        `INSERT INTO watch_sources (url, kind, added_at) VALUES (?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET kind = excluded.kind WHERE excluded.kind <> 'auto'`,
      )
      .run(url, kind, now.toISOString());
    return r.changes > 0;
  }

  listSources(): WatchSource[] {
    return (
      this.prepare(
        'SELECT url, kind, added_at AS addedAt FROM watch_sources ORDER BY added_at, url',
      ).all() as WatchSource[]
    ).map((s) => ({ ...s }));
  }

  removeSource(url: string): boolean {
    return this.prepare('DELETE FROM watch_sources WHERE url = ?').run(url).changes > 0;
  }

  getFetchState(url: string): FetchState {
    const row = this.prepare('SELECT * FROM watch_fetch_state WHERE url = ?').get(url) as
      FetchStateRow | undefined;
    return {
      url,
      etag: row?.etag ?? null,
      lastModified: row?.last_modified ?? null,
      contentHash: row?.content_hash ?? null,
      failures: row?.failures ?? 0,
      nextAttemptAt: row?.next_attempt_at ?? 0,
      lastStatus: row?.last_status ?? null,
      lastError: row?.last_error ?? null,
    };
  }

  /** A successful fetch: failures reset; validators kept only when given (else cleared). */
  recordFetchSuccess(
    url: string,
    v: {
      etag: string | null;
      lastModified: string | null;
      contentHash?: string | null;
      status: string;
    },
    now = new Date(),
  ): void {
    this.db
      .prepare(
        `INSERT INTO watch_fetch_state (url, etag, last_modified, content_hash, failures, next_attempt_at, last_status, last_error, last_fetched_at)
         VALUES (@url, @etag, @lastModified, @contentHash, 0, 0, @status, NULL, @now)
         ON CONFLICT (url) DO UPDATE SET etag = @etag, last_modified = @lastModified,
           content_hash = COALESCE(@contentHash, content_hash), failures = 0, next_attempt_at = 0,
           last_status = @status, last_error = NULL, last_fetched_at = @now`,
      )
      .run({
        url,
        etag: v.etag,
        lastModified: v.lastModified,
        contentHash: v.contentHash ?? null,
        status: v.status,
        now: now.toISOString(),
      });
  }

  /** A failed fetch: counts it and sets when to try again. */
  recordFetchFailure(url: string, error: string, retryAt: number, now = new Date()): number {
    const row = this.db
      .prepare(
        `INSERT INTO watch_fetch_state (url, failures, next_attempt_at, last_status, last_error, last_fetched_at)
         VALUES (?, 1, ?, 'error', ?, ?)
         ON CONFLICT (url) DO UPDATE SET failures = failures + 1, next_attempt_at = excluded.next_attempt_at,
           last_status = 'error', last_error = excluded.last_error, last_fetched_at = excluded.last_fetched_at
         RETURNING failures`,
      )
      .get(url, retryAt, error, now.toISOString()) as { failures: number };
    return row.failures;
  }

  /** Keys of `keys` already settled (ingested, duplicate or given up) for this source. */
  settledKeys(sourceUrl: string, keys: readonly string[]): Set<string> {
    const settled = new Set<string>();
    const stmt = this.prepare(
      `SELECT 1 FROM watch_seen_items WHERE source_url = ? AND item_key = ? AND status <> 'failed'`,
    );
    for (const key of keys) if (stmt.get(sourceUrl, key)) settled.add(key);
    return settled;
  }

  /** True when content with this hash was already ingested from any source. */
  hasContent(hash: string): boolean {
    return (
      this.prepare(
        `SELECT 1 FROM watch_seen_items WHERE content_hash = ? AND status IN ('ingested', 'queued') LIMIT 1`,
      ).get(hash) !== undefined
    );
  }

  markSeen(
    sourceUrl: string,
    item: { key: string; url: string | null },
    outcome: {
      status: SeenStatus;
      contentHash?: string | null;
      articleId?: string | null;
      error?: string;
    },
    now = new Date(),
  ): number {
    const row = this.db
      .prepare(
        `INSERT INTO watch_seen_items (source_url, item_key, item_url, content_hash, article_id, status, attempts, last_error, seen_at)
         VALUES (@source, @key, @url, @hash, @article, @status, 1, @error, @now)
         ON CONFLICT (source_url, item_key) DO UPDATE SET item_url = @url,
           content_hash = COALESCE(@hash, content_hash), article_id = COALESCE(@article, article_id),
           status = @status, attempts = attempts + 1, last_error = @error, seen_at = @now
         RETURNING attempts`,
      )
      .get({
        source: sourceUrl,
        key: item.key,
        url: item.url,
        hash: outcome.contentHash ?? null,
        article: outcome.articleId ?? null,
        status: outcome.status,
        error: outcome.error ?? null,
        now: now.toISOString(),
      }) as { attempts: number };
    return row.attempts;
  }

  countSeen(status?: SeenStatus): number {
    const row = (
      status
        ? this.prepare('SELECT COUNT(*) AS n FROM watch_seen_items WHERE status = ?').get(status)
        : this.prepare('SELECT COUNT(*) AS n FROM watch_seen_items').get()
    ) as { n: number };
    return row.n;
  }

  addSubscription(
    s: {
      url: string;
      crisisId?: string | null;
      kinds: AlertKind[];
      secret?: string | null;
      allowPrivate?: boolean;
    },
    now = new Date(),
  ): number {
    const r = this.db
      .prepare(
        `INSERT INTO alert_subscriptions (url, crisis_id, kinds, secret, allow_private, cursor, created_at)
         VALUES (?, ?, ?, ?, ?, NULL, ?)`,
      )
      .run(
        s.url,
        s.crisisId ?? null,
        s.kinds.join(','),
        s.secret ?? null,
        s.allowPrivate ? 1 : 0,
        now.toISOString(),
      );
    return Number(r.lastInsertRowid);
  }

  listSubscriptions(): AlertSubscription[] {
    const rows = this.db
      .prepare('SELECT * FROM alert_subscriptions ORDER BY id')
      .all() as SubscriptionRow[];
    return rows.map((r) => ({
      id: r.id,
      url: r.url,
      crisisId: r.crisis_id,
      kinds: r.kinds.split(',').filter(Boolean) as AlertKind[],
      secret: r.secret,
      allowPrivate: r.allow_private === 1,
      cursor: r.cursor,
      createdAt: r.created_at,
    }));
  }

  removeSubscription(id: number): boolean {
    return this.prepare('DELETE FROM alert_subscriptions WHERE id = ?').run(id).changes > 0;
  }

  /** Queues deliveries and moves the cursor in one transaction, so none is lost or doubled. */
  queueDeliveries(
    subscriptionId: number,
    cursor: number,
    deliveries: { changeSeq: number; payload: string }[],
    now = Date.now(),
  ): void {
    const insert = this.prepare(
      `INSERT OR IGNORE INTO alert_deliveries (subscription_id, change_seq, payload, next_attempt_at)
       VALUES (?, ?, ?, ?)`,
    );
    const move = this.prepare('UPDATE alert_subscriptions SET cursor = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const d of deliveries) insert.run(subscriptionId, d.changeSeq, d.payload, now);
      move.run(cursor, subscriptionId);
    })();
  }

  dueDeliveries(now = Date.now(), limit = 50): AlertDelivery[] {
    return this.db
      .prepare(
        `SELECT id, subscription_id AS subscriptionId, change_seq AS changeSeq, payload, attempts
         FROM alert_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
         ORDER BY next_attempt_at, id LIMIT ?`,
      )
      .all(now, limit) as AlertDelivery[];
  }

  recordDelivery(
    id: number,
    outcome: { ok: true } | { ok: false; error: string; retryAt: number | null },
    now = new Date(),
  ): void {
    if (outcome.ok) {
      this.prepare(
        `UPDATE alert_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE id = ?`,
      ).run(now.toISOString(), id);
      return;
    }
    this.db
      .prepare(
        `UPDATE alert_deliveries SET attempts = attempts + 1, last_error = ?,
           status = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END,
           next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?`,
      )
      .run(outcome.error, outcome.retryAt, outcome.retryAt, id);
  }

  deliveryCounts(): Record<string, number> {
    const rows = this.db
      .prepare('SELECT status, COUNT(*) AS n FROM alert_deliveries GROUP BY status')
      .all() as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
}
