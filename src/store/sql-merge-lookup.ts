import type { ClaimStatement, ClaimStatus, Event } from '../model/index.js';
import type { IncidentTally } from '../merge/incident-tally.js';
import { tallyFromJson } from '../merge/incident-tally.js';
import { sortStatements } from '../merge/member-order.js';
import type { KeyQuery } from '../merge/merge-keys.js';
import type { Candidate, CandidatePage, MergeLookup, StoredMember } from '../merge/merge-lookup.js';
import type { SqlClient } from './sql-client.js';

interface CandidateRow {
  id: string;
  incident_id: string | null;
  published: string | null;
}

/** A page of candidates: keys answering any of the lookups, then the page. */
const CANDIDATE_SQL = `SELECT DISTINCT e.id, e.incident_id, a.published FROM merge_keys k
  JOIN events e ON e.id = k.event_id JOIN articles a ON a.id = e.article_id
  WHERE k.doer = 1 AND k.event_id > ?
    AND (e.incident_id IS NULL OR ? NOT LIKE '%|' || e.incident_id || '|%')`;

/** One lookup as a condition on `merge_keys k`, with its parameters. */
function keyCondition({ code, type, dates }: KeyQuery): { sql: string; args: unknown[] } {
  if (dates.span === 'any') return { sql: '(k.code = ? AND k.type = ?)', args: [code, type] };
  if (dates.span === 'n')
    return { sql: '(k.code = ? AND k.type = ? AND k.span = ?)', args: [code, type, 'n'] };
  return {
    sql: '(k.code = ? AND k.type = ? AND k.span = ? AND k.date_lo BETWEEN ? AND ?)',
    args: [code, type, dates.span, dates.from, dates.to],
  };
}

/** What merging reads of the store (SQLite or PostgreSQL), through the merge-key index. Nothing is cached. */
export class SqlMergeLookup implements MergeLookup {
  constructor(private readonly sql: SqlClient) {}

  /** One statement for all of an event's lookups: one round trip a page, on PostgreSQL too. */
  async candidates(
    queries: readonly KeyQuery[],
    { after, skipIncidents, limit }: CandidatePage,
  ): Promise<Candidate[]> {
    if (queries.length === 0) return [];
    const conditions = queries.map(keyCondition);
    // The incidents to leave out as one '|a|b|' text: a statement of one shape however many.
    const skip = `|${skipIncidents.join('|')}|`;
    const rows = await this.sql.all<CandidateRow>(
      `${CANDIDATE_SQL} AND (${conditions.map((c) => c.sql).join(' OR ')}) ORDER BY e.id LIMIT ?`,
      after,
      skip,
      ...conditions.flatMap((c) => c.args),
      limit,
    );
    return rows.map((r) => ({ id: r.id, incidentId: r.incident_id, published: r.published }));
  }

  async event(eventId: string): Promise<Event> {
    const row = await this.sql.get<{ body: string }>(
      'SELECT body FROM events WHERE id = ?',
      eventId,
    );
    if (!row) throw new Error(`no stored event ${eventId}`);
    return JSON.parse(row.body) as Event;
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
      event: JSON.parse(r.body) as Event,
      article: { id: r.a_id, url: r.a_url, published: r.a_published, siteName: r.a_site },
      seq: Number(r.seq),
    }));
  }

  async tally(incidentId: string): Promise<IncidentTally | null> {
    const row = await this.sql.get<{ tally: string | null }>(
      'SELECT tally FROM incidents WHERE id = ?',
      incidentId,
    );
    return row?.tally ? tallyFromJson(row.tally) : null;
  }

  async statements(incidentId: string): Promise<ClaimStatement[]> {
    return sortStatements(await readStatementRows(this.sql, incidentId));
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

/** An incident's statements in the order they were stored (their JSON, kept since tallies). */
export async function readStatementRows(
  sql: SqlClient,
  incidentId: string,
): Promise<ClaimStatement[]> {
  const rows = await sql.all<{ body: string }>(
    'SELECT body FROM statements WHERE incident_id = ? ORDER BY idx',
    incidentId,
  );
  return rows.map((r) => JSON.parse(r.body) as ClaimStatement);
}
