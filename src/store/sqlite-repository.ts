import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Analysis, Article, Crisis, Event, Incident, Mention } from '../model/index.js';
import {
  addDays,
  areEventsCompatible,
  dateRange,
  effectiveDate,
} from '../merge/compatible-events.js';
import type { ArticleMeta, Member } from '../merge/derive-incident.js';
import { deriveIncident, dyadOf } from '../merge/derive-incident.js';
import { crisisMemberOf } from '../merge/group-crises.js';
import { compatibleTypes, windowFor } from '../merge/type-groups.js';
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

interface EventRow {
  id: string;
  body: string;
  retracted_by: string | null;
  incident_id: string | null;
  a_id: string;
  a_url: string | null;
  a_published: string | null;
  a_site: string | null;
}

const now = (): string => new Date().toISOString();

const metaOf = (r: EventRow): ArticleMeta => ({
  id: r.a_id,
  url: r.a_url,
  published: r.a_published,
  siteName: r.a_site,
});

/** A candidate event for merging: its incident and its article's publication date. */
interface Candidate {
  id: string;
  incidentId: string;
  published: string | null;
}

/** Parsed event bodies kept between ingests (cleared when full). */
const BODY_CACHE = 50_000;

/** Merge-key date classes and the slack a lookup needs for each (how far date_lo may precede). */
const SPAN_SLACK: readonly [string, number][] = [
  ['d', 0],
  ['m', 31],
  ['y', 366],
];

function spanClass(range: { lo: string; hi: string } | null): string {
  if (!range) return 'n';
  if (range.lo === range.hi) return 'd';
  return addDays(range.lo, 31) >= range.hi ? 'm' : 'y';
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
  /** Pairs of parties whose storylines the ingest in progress changed. */
  private readonly stalePairs = new Set<string>();
  private readonly staleCrises = new Set<string>();
  private readonly bodies = new Map<string, Event>();
  /** Incidents written by the ingest in progress. */
  private readonly written = new Set<string>();
  /** The same incidents as written, so the change log need not parse them back. */
  private readonly writtenBodies = new Map<string, Incident>();

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

  async ingest(analysis: Analysis): Promise<IngestOutcome> {
    try {
      return this.db.transaction(() => this.ingestNow(analysis)).immediate();
    } catch (err) {
      throw explainStoreError(err, this.path);
    }
  }

  /**
   * Bulk load: the same store and merge as `ingest`, many articles in one transaction (one commit).
   *
   * @example
   * await repo.ingestMany(analyses);
   */
  async ingestMany(analyses: readonly Analysis[]): Promise<IngestOutcome[]> {
    try {
      return this.db.transaction(() => analyses.map((a) => this.ingestNow(a))).immediate();
    } catch (err) {
      throw explainStoreError(err, this.path);
    }
  }

  private ingestNow(analysis: Analysis): IngestOutcome {
    this.stalePairs.clear();
    this.staleCrises.clear();
    this.written.clear();
    this.writtenBodies.clear();
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
      now(),
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
    const meta: ArticleMeta = {
      id: article.id,
      url: article.url,
      published: article.published,
      siteName: article.siteName,
    };
    const touched = new Map<string, string | null>();
    const removed = new Set<string>();
    // The old version's events stop counting before the new version's are merged.
    if (prev) this.retractArticle(prev.id, article.id, touched, removed);
    // Before merging: an incident with no party is grouped by the pairs its articles report.
    const pairs = SqliteStorylines.pairsOf(events);
    this.storylines.addArticle(article.id, pairs);
    for (const p of pairs) this.stalePairs.add(p);
    for (const e of events) {
      const event = e.articleId === article.id ? e : { ...e, articleId: article.id };
      this.insertEvent(event, article.published);
      this.mergeEvent(event, meta, touched, removed);
    }
    const incidentIds = [...touched.keys()].filter((id) => !removed.has(id));
    this.q(
      'INSERT INTO changes (at, kind, article_id, incident_id, detail) VALUES (?, ?, ?, ?, ?)',
    ).run(now(), 'article', article.id, null, `${status}: ${article.title ?? article.source}`);
    this.logIncidentChanges(article.id, incidentIds, touched);
    return {
      status,
      articleId: article.id,
      ...(prev ? { sameAs: prev.id, reason: 'changed text at the same URL' } : {}),
      incidentIds,
    };
  }

  /**
   * Takes an old version's events out of merging (they stay stored, marked retracted) and
   * re-merges what remains of their incidents, which may fall apart into several.
   */
  private retractArticle(
    oldId: string,
    byId: string,
    touched: Map<string, string | null>,
    removed: Set<string>,
  ): void {
    const incidents = (
      this.q(
        'SELECT DISTINCT incident_id FROM events WHERE article_id = ? AND retracted_by IS NULL AND incident_id IS NOT NULL',
      ).all(oldId) as { incident_id: string }[]
    ).map((r) => r.incident_id);
    this.q(
      'DELETE FROM merge_keys WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)',
    ).run(oldId);
    for (const p of this.storylines.removeArticle(oldId)) this.stalePairs.add(p);
    this.q(
      'UPDATE events SET retracted_by = ?, incident_id = NULL WHERE article_id = ? AND retracted_by IS NULL',
    ).run(byId, oldId);
    for (const incidentId of incidents.sort()) {
      if (!this.q('SELECT 1 FROM incidents WHERE id = ?').get(incidentId)) continue;
      const rest = this.memberRows(incidentId).filter((r) => r.retracted_by === null);
      this.deleteIncident(incidentId, touched, removed);
      this.q('UPDATE events SET incident_id = NULL WHERE incident_id = ?').run(incidentId);
      for (const r of rest.sort((a, b) => (a.id < b.id ? -1 : 1))) {
        // An earlier pass of this loop may have put it back into an incident already.
        const current = this.q('SELECT incident_id FROM events WHERE id = ?').get(r.id) as
          { incident_id: string | null } | undefined;
        if (current?.incident_id) continue;
        this.mergeEvent(JSON.parse(r.body) as Event, metaOf(r), touched, removed);
      }
    }
  }

  private insertEvent(event: Event, published: string | null): void {
    const range = dateRange(event.when);
    const ev = event.evidence[0] ?? event.trigger;
    this.q(
      `INSERT INTO events (id, article_id, type, date_lo, date_hi, span_start, span_end, incident_id, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    ).run(
      event.id,
      event.articleId,
      event.type,
      range?.lo ?? null,
      range?.hi ?? null,
      ev.span.start,
      ev.span.end,
      JSON.stringify(event),
    );
    const eff = effectiveDate(event, published);
    const span = spanClass(eff);
    const doers = new Set(event.actors.map((r) => r.code));
    for (const code of new Set([...event.actors, ...event.recipients].map((r) => r.code)))
      this.q(
        'INSERT OR IGNORE INTO merge_keys (code, type, span, date_lo, date_hi, event_id, doer) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(
        code,
        event.type,
        span,
        eff?.lo ?? null,
        eff?.hi ?? null,
        event.id,
        doers.has(code) ? 1 : 0,
      );
    event.attributions.forEach((a, i) =>
      this.q(
        `INSERT INTO attributions (event_id, idx, source_code, stance, said_on, span_start, span_end)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        event.id,
        i,
        a.source?.code ?? null,
        a.stance,
        a.saidOn,
        a.evidence.span.start,
        a.evidence.span.end,
      ),
    );
    this.q('INSERT INTO evidence_fts (event_id, article_id, text) VALUES (?, ?, ?)').run(
      event.id,
      event.articleId,
      event.evidence.map((x) => x.text).join('\n'),
    );
  }

  /**
   * Candidate events through the merge keys: each party's code, each compatible type, and dates
   * within the pair's window (each date class with its own slack), so the cost follows the
   * number of nearby reports, not the size of the store.
   */
  private candidates(event: Event, published: string | null): Candidate[] {
    // Compatible events share a doer, so only our doers' keys are looked up.
    const codes = [...new Set(event.actors.map((r) => r.code))];
    const eff = effectiveDate(event, published);
    const ids = new Set<string>();
    const add = (rows: { event_id: string }[]): void => {
      for (const r of rows) if (r.event_id !== event.id) ids.add(r.event_id);
    };
    for (const type of compatibleTypes(event.type)) {
      const window = windowFor(event.type, type) ?? 0;
      for (const code of codes) {
        if (!eff) {
          // No date and no publication date: any report of these doers may be the same event.
          add(
            this.q('SELECT event_id FROM merge_keys WHERE code = ? AND type = ? AND doer = 1').all(
              code,
              type,
            ) as { event_id: string }[],
          );
          continue;
        }
        for (const [span, slack] of SPAN_SLACK)
          add(
            this.q(
              `SELECT event_id FROM merge_keys WHERE code = ? AND type = ? AND doer = 1 AND span = ?
               AND date_lo BETWEEN ? AND ?`,
            ).all(code, type, span, addDays(eff.lo, -window - slack), addDays(eff.hi, window)) as {
              event_id: string;
            }[],
          );
        add(
          this.q(
            "SELECT event_id FROM merge_keys WHERE code = ? AND type = ? AND doer = 1 AND span = 'n'",
          ).all(code, type) as { event_id: string }[],
        );
      }
    }
    const out: Candidate[] = [];
    for (const id of [...ids].sort()) {
      const row = this.q(
        `SELECT e.incident_id, a.published FROM events e JOIN articles a ON a.id = e.article_id
         WHERE e.id = ?`,
      ).get(id) as { incident_id: string | null; published: string | null } | undefined;
      if (row?.incident_id) out.push({ id, incidentId: row.incident_id, published: row.published });
    }
    return out;
  }

  /** An event's parsed body: immutable once stored, so parsed once and kept (bounded). */
  private eventBody(id: string): Event {
    const hit = this.bodies.get(id);
    if (hit) return hit;
    const row = this.q('SELECT body FROM events WHERE id = ?').get(id) as { body: string };
    const event = JSON.parse(row.body) as Event;
    if (this.bodies.size >= BODY_CACHE) this.bodies.clear();
    this.bodies.set(id, event);
    return event;
  }

  private memberRows(incidentId: string): EventRow[] {
    return this.q(
      `SELECT e.id, e.body, e.incident_id, e.retracted_by, a.id AS a_id, a.url AS a_url,
              a.published AS a_published, a.site_name AS a_site
       FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ?`,
    ).all(incidentId) as EventRow[];
  }

  /** Deletes an incident row (its claims and figures cascade), its pair and crisis marked stale. */
  private deleteIncident(
    incidentId: string,
    touched: Map<string, string | null>,
    removed: Set<string>,
  ): void {
    if (!this.retireIncident(incidentId, touched)) return;
    this.q('DELETE FROM incidents WHERE id = ?').run(incidentId);
    removed.add(incidentId);
  }

  /**
   * Before an incident is deleted or rewritten: keeps its status for the change log and marks its
   * pair and crisis stale. False when there is no such incident.
   */
  private retireIncident(incidentId: string, touched: Map<string, string | null>): boolean {
    const old = this.q('SELECT status, anchor, crisis_id FROM incidents WHERE id = ?').get(
      incidentId,
    ) as { status: string; anchor: string | null; crisis_id: string | null } | undefined;
    if (!old) return false;
    if (!touched.has(incidentId)) touched.set(incidentId, old.status);
    if (old.anchor) this.stalePairs.add(old.anchor);
    if (old.crisis_id) this.staleCrises.add(old.crisis_id);
    return true;
  }

  private mergeEvent(
    event: Event,
    meta: ArticleMeta,
    touched: Map<string, string | null>,
    removed: Set<string>,
  ): void {
    const linked = new Set<string>();
    for (const c of this.candidates(event, meta.published)) {
      if (linked.has(c.incidentId)) continue;
      if (areEventsCompatible(event, this.eventBody(c.id), meta.published, c.published))
        linked.add(c.incidentId);
    }
    const members: Member[] = [{ event, article: meta }];
    const rows = new Map<string, EventRow[]>();
    for (const incidentId of [...linked].sort()) {
      const memberRows = this.memberRows(incidentId);
      rows.set(incidentId, memberRows);
      for (const r of memberRows) members.push({ event: this.eventBody(r.id), article: metaOf(r) });
    }
    const incident = deriveIncident(members);
    // The incident that keeps its id is rewritten in place: its events stay linked.
    for (const incidentId of rows.keys())
      if (incidentId === incident.id) this.clearIncident(incidentId, touched);
      else this.deleteIncident(incidentId, touched, removed);
    const kept = new Set((rows.get(incident.id) ?? []).map((r) => r.id));
    // Keep the status before this article: the merged incidents' best-known previous status.
    const previous = [...linked].map((id) => touched.get(id) ?? null).find((s) => s !== null);
    if (!touched.has(incident.id)) touched.set(incident.id, previous ?? null);
    removed.delete(incident.id);
    this.writeIncident(
      incident,
      members.map((m) => m.event),
      kept,
    );
  }

  /** Empties an incident that is rewritten under the same id: its derived rows go, its row and links stay. */
  private clearIncident(incidentId: string, touched: Map<string, string | null>): void {
    this.retireIncident(incidentId, touched);
    for (const table of ['statements', 'figures', 'status_history', 'incident_codes'])
      this.q(`DELETE FROM ${table} WHERE incident_id = ?`).run(incidentId);
  }

  /** Writes an incident; `linked` are its events already linked to it (an incident rewritten in place). */
  private writeIncident(
    incident: Incident,
    events: readonly Event[],
    linked: ReadonlySet<string>,
  ): void {
    const anchor = this.storylines.anchorFor(incident, events);
    if (anchor) this.stalePairs.add(anchor);
    this.written.add(incident.id);
    this.writtenBodies.set(incident.id, incident);
    const member = crisisMemberOf(incident);
    const values = [
      dyadOf(incident),
      anchor,
      incident.type,
      incident.status,
      member.day,
      incident.firstReported,
      JSON.stringify(incident),
      JSON.stringify(member.parties),
      member.place,
    ];
    if (linked.size > 0)
      this.q(
        `UPDATE incidents SET dyad = ?, anchor = ?, type = ?, status = ?, date = ?, first_reported = ?,
           body = ?, parties = ?, place_name = ? WHERE id = ?`,
      ).run(...values, incident.id);
    else
      this.q(
        `INSERT INTO incidents (dyad, anchor, type, status, date, first_reported, body, parties, place_name, id, crisis_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
      ).run(...values, incident.id);
    const setIncident = this.q('UPDATE events SET incident_id = ? WHERE id = ?');
    const link = this.q('INSERT INTO incident_events (event_id, incident_id) VALUES (?, ?)');
    for (const id of incident.eventIds) {
      if (linked.has(id)) continue;
      setIncident.run(incident.id, id);
      link.run(id, incident.id);
    }
    for (const code of new Set([...incident.actors, ...incident.recipients].map((r) => r.code)))
      this.q('INSERT INTO incident_codes (incident_id, code) VALUES (?, ?)').run(incident.id, code);
    incident.statements.forEach((s, i) =>
      this.q(
        `INSERT INTO statements (incident_id, idx, event_id, article_id, source_code, stance, said_on, span_start, span_end)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        incident.id,
        i,
        s.eventId,
        s.articleId,
        s.source?.code ?? null,
        s.stance,
        s.saidOn,
        s.evidence.span.start,
        s.evidence.span.end,
      ),
    );
    incident.figures.forEach((f, i) =>
      this.q(
        `INSERT INTO figures (incident_id, idx, event_id, article_id, value, upper, unit, party_code, source_code, said_on, span_start, span_end)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        incident.id,
        i,
        f.eventId,
        f.articleId,
        f.quantity.value,
        f.quantity.upper ?? null,
        f.quantity.unit,
        f.quantity.party?.code ?? null,
        f.source?.code ?? null,
        f.saidOn,
        f.evidence.span.start,
        f.evidence.span.end,
      ),
    );
    incident.history.forEach((h, i) =>
      this.q(
        'INSERT INTO status_history (incident_id, idx, status, on_date, article_id, because) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(incident.id, i, h.status, h.on, h.articleId, h.because),
    );
  }

  private logIncidentChanges(
    articleId: string,
    incidentIds: string[],
    before: Map<string, string | null>,
  ): void {
    const log = this.q(
      'INSERT INTO changes (at, kind, article_id, incident_id, detail) VALUES (?, ?, ?, ?, ?)',
    );
    this.storylines.markStale({
      pairs: this.stalePairs,
      crises: this.staleCrises,
      written: this.written,
    });
    this.stalePairs.clear();
    for (const id of incidentIds) {
      const incident = this.writtenBodies.get(id) ?? this.readIncident(id);
      if (!incident) continue;
      log.run(now(), 'incident', articleId, id, incident.summary);
      if (before.get(id) !== incident.status) {
        const last = incident.history[incident.history.length - 1];
        log.run(now(), 'status', articleId, id, `${incident.status}: ${last?.because ?? ''}`);
      }
      for (const f of incident.figures.filter((x) => x.articleId === articleId))
        log.run(
          now(),
          'figure',
          articleId,
          id,
          `${f.quantity.value ?? f.quantity.qualifier} ${f.quantity.unit} (${f.source?.code ?? 'outlet'})`,
        );
    }
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
