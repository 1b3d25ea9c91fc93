import type { Statement } from 'better-sqlite3';
import type { ClaimStatus, Event } from '../model/index.js';
import type { KeyQuery } from '../merge/merge-keys.js';
import type { MergeLookup, StoredMember } from '../merge/merge-lookup.js';

/** Prepared statements by text, shared with the repository that owns the connection. */
type Query = (sql: string) => Statement;

/** Parsed event bodies kept between ingests: cleared when full, so memory stays bounded. */
const BODY_CACHE = 50_000;

const KEY_SQL = 'SELECT event_id FROM merge_keys WHERE code = ? AND type = ? AND doer = 1';

/** What merging reads of the SQLite store, through the merge-key index. */
export class SqliteMergeLookup implements MergeLookup {
  private readonly bodies = new Map<string, Event>();

  constructor(private readonly q: Query) {}

  async eventsByKey({ code, type, dates }: KeyQuery): Promise<string[]> {
    const rows =
      dates.span === 'any'
        ? this.q(KEY_SQL).all(code, type)
        : dates.span === 'n'
          ? this.q(`${KEY_SQL} AND span = 'n'`).all(code, type)
          : this.q(`${KEY_SQL} AND span = ? AND date_lo BETWEEN ? AND ?`).all(
              code,
              type,
              dates.span,
              dates.from,
              dates.to,
            );
    return (rows as { event_id: string }[]).map((r) => r.event_id);
  }

  async eventRef(
    eventId: string,
  ): Promise<{ incidentId: string | null; published: string | null } | null> {
    const row = this.q(
      `SELECT e.incident_id, a.published FROM events e JOIN articles a ON a.id = e.article_id
       WHERE e.id = ?`,
    ).get(eventId) as { incident_id: string | null; published: string | null } | undefined;
    return row ? { incidentId: row.incident_id, published: row.published } : null;
  }

  /** An event's parsed body: immutable once stored, so parsed once and kept (bounded). */
  async event(eventId: string): Promise<Event> {
    return this.body(eventId);
  }

  private body(eventId: string, text?: string): Event {
    const hit = this.bodies.get(eventId);
    if (hit) return hit;
    const json =
      text ??
      (this.q('SELECT body FROM events WHERE id = ?').get(eventId) as { body: string }).body;
    const event = JSON.parse(json) as Event;
    if (this.bodies.size >= BODY_CACHE) this.bodies.clear();
    this.bodies.set(eventId, event);
    return event;
  }

  async members(incidentId: string): Promise<StoredMember[]> {
    const rows = this.q(
      `SELECT e.rowid AS seq, e.id, e.body, a.id AS a_id, a.url AS a_url,
              a.published AS a_published, a.site_name AS a_site
       FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ? ORDER BY e.rowid`,
    ).all(incidentId) as {
      seq: number;
      id: string;
      body: string;
      a_id: string;
      a_url: string | null;
      a_published: string | null;
      a_site: string | null;
    }[];
    return rows.map((r) => ({
      event: this.body(r.id, r.body),
      article: { id: r.a_id, url: r.a_url, published: r.a_published, siteName: r.a_site },
      seq: r.seq,
    }));
  }

  async incidentStatus(incidentId: string): Promise<ClaimStatus | null> {
    const row = this.q('SELECT status FROM incidents WHERE id = ?').get(incidentId) as
      { status: ClaimStatus } | undefined;
    return row?.status ?? null;
  }

  async articleEvents(articleId: string): Promise<{ id: string; incidentId: string | null }[]> {
    const rows = this.q(
      'SELECT id, incident_id FROM events WHERE article_id = ? AND retracted_by IS NULL ORDER BY rowid',
    ).all(articleId) as { id: string; incident_id: string | null }[];
    return rows.map((r) => ({ id: r.id, incidentId: r.incident_id }));
  }
}
