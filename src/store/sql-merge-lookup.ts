import type { ClaimStatus, Event } from '../model/index.js';
import type { KeyQuery } from '../merge/merge-keys.js';
import type { MergeLookup, StoredMember } from '../merge/merge-lookup.js';
import type { SqlClient } from './sql-client.js';

/** Parsed event bodies kept between ingests: cleared when full, so memory stays bounded. */
const BODY_CACHE = 50_000;

const KEY_SQL = 'SELECT event_id FROM merge_keys WHERE code = ? AND type = ? AND doer = 1';

/** What merging reads of the store (SQLite or PostgreSQL), through the merge-key index. */
export class SqlMergeLookup implements MergeLookup {
  private readonly bodies = new Map<string, Event>();

  constructor(private readonly sql: SqlClient) {}

  async eventsByKey({ code, type, dates }: KeyQuery): Promise<string[]> {
    const rows =
      dates.span === 'any'
        ? await this.sql.all<{ event_id: string }>(KEY_SQL, code, type)
        : dates.span === 'n'
          ? await this.sql.all<{ event_id: string }>(`${KEY_SQL} AND span = 'n'`, code, type)
          : await this.sql.all<{ event_id: string }>(
              `${KEY_SQL} AND span = ? AND date_lo BETWEEN ? AND ?`,
              code,
              type,
              dates.span,
              dates.from,
              dates.to,
            );
    return rows.map((r) => r.event_id);
  }

  async eventRef(
    eventId: string,
  ): Promise<{ incidentId: string | null; published: string | null } | null> {
    const row = await this.sql.get<{ incident_id: string | null; published: string | null }>(
      `SELECT e.incident_id, a.published FROM events e JOIN articles a ON a.id = e.article_id
       WHERE e.id = ?`,
      eventId,
    );
    return row ? { incidentId: row.incident_id, published: row.published } : null;
  }

  /** An event's parsed body: immutable once stored, so parsed once and kept (bounded). */
  async event(eventId: string): Promise<Event> {
    const hit = this.bodies.get(eventId);
    if (hit) return hit;
    const row = await this.sql.get<{ body: string }>(
      'SELECT body FROM events WHERE id = ?',
      eventId,
    );
    if (!row) throw new Error(`no stored event ${eventId}`);
    return this.keep(eventId, row.body);
  }

  private keep(eventId: string, json: string): Event {
    const hit = this.bodies.get(eventId);
    if (hit) return hit;
    const event = JSON.parse(json) as Event;
    if (this.bodies.size >= BODY_CACHE) this.bodies.clear();
    this.bodies.set(eventId, event);
    return event;
  }

  async members(incidentId: string): Promise<StoredMember[]> {
    const rows = await this.sql.all<{
      seq: number | string;
      id: string;
      body: string;
      a_id: string;
      a_url: string | null;
      a_published: string | null;
      a_site: string | null;
    }>(
      `SELECT e.${this.sql.seq} AS seq, e.id, e.body, a.id AS a_id, a.url AS a_url,
              a.published AS a_published, a.site_name AS a_site
       FROM events e JOIN articles a ON a.id = e.article_id
       WHERE e.incident_id = ? ORDER BY e.${this.sql.seq}`,
      incidentId,
    );
    return rows.map((r) => ({
      event: this.keep(r.id, r.body),
      article: { id: r.a_id, url: r.a_url, published: r.a_published, siteName: r.a_site },
      seq: Number(r.seq),
    }));
  }

  async incidentStatus(incidentId: string): Promise<ClaimStatus | null> {
    const row = await this.sql.get<{ status: ClaimStatus }>(
      'SELECT status FROM incidents WHERE id = ?',
      incidentId,
    );
    return row?.status ?? null;
  }

  async articleEvents(articleId: string): Promise<{ id: string; incidentId: string | null }[]> {
    const rows = await this.sql.all<{ id: string; incident_id: string | null }>(
      `SELECT id, incident_id FROM events WHERE article_id = ? AND retracted_by IS NULL
       ORDER BY ${this.sql.seq}`,
      articleId,
    );
    return rows.map((r) => ({ id: r.id, incidentId: r.incident_id }));
  }
}
