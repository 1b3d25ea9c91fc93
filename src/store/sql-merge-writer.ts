import type { ClaimStatement, Event, Figure } from '../model/index.js';
import { dateRange } from '../merge/compatible-events.js';
import { dyadOf } from '../merge/derive-incident.js';
import { crisisMemberOf } from '../merge/group-crises.js';
import { mergeKeysOf } from '../merge/merge-keys.js';
import type { IncidentRow, MemberRow } from '../merge/incident-rows.js';
import { incidentRowOf } from '../merge/incident-rows.js';
import type { IncidentTally } from '../merge/incident-tally.js';
import { tallyToJson } from '../merge/incident-tally.js';
import type { MergePlan, MergeStep } from '../merge/merge-plan.js';
import { chunks, insertRows } from './insert-rows.js';
import type { SqlClient } from './sql-client.js';
import type { Storylines } from './storylines.js';

const now = (): string => new Date().toISOString();

/**
 * Applies merge plans to the store (SQLite or PostgreSQL), step by step, inside the caller's
 * transaction, and marks the storylines the plan changed stale for the next `settle`.
 */
export class SqlMergeWriter {
  private readonly stalePairs = new Set<string>();
  private readonly staleCrises = new Set<string>();
  /** Incidents written by the plan in progress. */
  private readonly written = new Set<string>();

  constructor(
    private readonly sql: SqlClient,
    private readonly storylines: Storylines,
  ) {}

  /** Applies every step, then logs the plan's changes for `articleId` after `articleLog`. */
  async apply(plan: MergePlan, articleId: string, articleLog: string): Promise<void> {
    this.stalePairs.clear();
    this.staleCrises.clear();
    this.written.clear();
    for (const step of plan.steps) await this.applyStep(step);
    await this.storylines.markStale({
      pairs: this.stalePairs,
      crises: this.staleCrises,
      written: this.written,
    });
    await insertRows(this.sql, 'changes (at, kind, article_id, incident_id, detail)', [
      [now(), 'article', articleId, null, articleLog],
      ...plan.changes.map((c) => [now(), c.kind, articleId, c.incidentId, c.detail]),
    ]);
  }

  private async applyStep(step: MergeStep): Promise<void> {
    switch (step.kind) {
      case 'retract-article':
        return this.retractArticle(step.articleId, step.byId);
      case 'delete-incident':
        if (await this.retireIncident(step.incidentId))
          await this.sql.run('DELETE FROM incidents WHERE id = ?', step.incidentId);
        return;
      case 'unlink-events':
        await this.sql.run(
          'UPDATE events SET incident_id = NULL WHERE incident_id = ?',
          step.incidentId,
        );
        return;
      case 'clear-incident':
        await this.retireIncident(step.incidentId);
        for (const table of [
          'statements',
          'figures',
          'status_history',
          'incident_codes',
          'incident_events',
        ])
          await this.sql.run(`DELETE FROM ${table} WHERE incident_id = ?`, step.incidentId);
        return;
      case 'add-article-pairs':
        await this.storylines.addArticle(step.articleId, step.pairs);
        for (const p of step.pairs) this.stalePairs.add(p);
        return;
      case 'insert-event':
        return this.insertEvent(step.event, step.published);
      case 'write-incident':
        return this.writeIncident(step);
      case 'extend-incident':
        return this.extendIncident(step);
    }
  }

  /** An old version's events stop counting: keys gone, marked retracted, unlinked; its pairs leave the graph. */
  private async retractArticle(oldId: string, byId: string): Promise<void> {
    await this.sql.run(
      'DELETE FROM merge_keys WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)',
      oldId,
    );
    for (const p of await this.storylines.removeArticle(oldId)) this.stalePairs.add(p);
    await this.sql.run(
      'UPDATE events SET retracted_by = ?, incident_id = NULL WHERE article_id = ? AND retracted_by IS NULL',
      byId,
      oldId,
    );
  }

  /** Before an incident is deleted or rewritten: its pair and crisis are stale. False when there is none. */
  private async retireIncident(incidentId: string): Promise<boolean> {
    const old = await this.sql.get<{ anchor: string | null; crisis_id: string | null }>(
      'SELECT anchor, crisis_id FROM incidents WHERE id = ?',
      incidentId,
    );
    if (!old) return false;
    if (old.anchor) this.stalePairs.add(old.anchor);
    if (old.crisis_id) this.staleCrises.add(old.crisis_id);
    return true;
  }

  private async insertEvent(event: Event, published: string | null): Promise<void> {
    const range = dateRange(event.when);
    const ev = event.evidence[0] ?? event.trigger;
    await this.sql.run(
      `INSERT INTO events (id, article_id, type, date_lo, date_hi, span_start, span_end, incident_id, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      event.id,
      event.articleId,
      event.type,
      range?.lo ?? null,
      range?.hi ?? null,
      ev.span.start,
      ev.span.end,
      JSON.stringify(event),
    );
    await insertMergeKeys(this.sql, [{ event, published }]);
    await insertRows(
      this.sql,
      'attributions (event_id, idx, source_code, stance, said_on, span_start, span_end)',
      event.attributions.map((a, i) => [
        event.id,
        i,
        a.source?.code ?? null,
        a.stance,
        a.saidOn,
        a.evidence.span.start,
        a.evidence.span.end,
      ]),
    );
    await this.sql.run(
      'INSERT INTO evidence_fts (event_id, article_id, text) VALUES (?, ?, ?)',
      event.id,
      event.articleId,
      event.evidence.map((x) => x.text).join('\n'),
    );
  }

  /**
   * Writes an incident whole: its row, its members, statements, figures and history. `linked`
   * are its events already linked to it (an incident rewritten in place, its rows cleared).
   */
  private async writeIncident(step: Extract<MergeStep, { kind: 'write-incident' }>): Promise<void> {
    const { incident, tally, members } = step;
    const linked = new Set(step.linked);
    const row = incidentRowOf(incident);
    const insert = linked.size === 0;
    await this.writeRow(row, tally, incident.articleIds, insert);
    const added = incident.eventIds.filter((id) => !linked.has(id));
    for (const ids of chunks(added))
      await this.sql.run(
        `UPDATE events SET incident_id = ? WHERE id IN (${ids.map(() => '?').join(', ')})`,
        incident.id,
        ...ids,
      );
    await this.addMembers(incident.id, members);
    await this.addStatements(incident.id, 0, incident.statements);
    await this.addFigures(incident.id, 0, incident.figures);
  }

  /** Adds one report to a stored incident: its row rewritten, the report's rows added. */
  private async extendIncident(
    step: Extract<MergeStep, { kind: 'extend-incident' }>,
  ): Promise<void> {
    const { incident, member } = step;
    await this.retireIncident(incident.id);
    await this.sql.run('DELETE FROM incident_codes WHERE incident_id = ?', incident.id);
    await this.sql.run('DELETE FROM status_history WHERE incident_id = ?', incident.id);
    await this.writeRow(incident, step.tally, [], false);
    await this.sql.run(
      'UPDATE events SET incident_id = ? WHERE id = ?',
      incident.id,
      member.eventId,
    );
    await this.addMembers(incident.id, [member]);
    await this.addStatements(
      incident.id,
      await this.nextIdx('statements', incident.id),
      step.statements,
    );
    await this.addFigures(incident.id, await this.nextIdx('figures', incident.id), step.figures);
  }

  /** The first free row number of an incident's statements or figures. */
  private async nextIdx(table: 'statements' | 'figures', incidentId: string): Promise<number> {
    const row = await this.sql.get<{ n: number | string | null }>(
      `SELECT MAX(idx) AS n FROM ${table} WHERE incident_id = ?`,
      incidentId,
    );
    return row?.n === null || row?.n === undefined ? 0 : Number(row.n) + 1;
  }

  /** The incident's row (inserted or updated), its codes and its status history. */
  private async writeRow(
    row: IncidentRow,
    tally: IncidentTally,
    articleIds: readonly string[],
    insert: boolean,
  ): Promise<void> {
    const anchor = await this.storylines.anchorFor(row, tally.dyads, articleIds);
    if (anchor) this.stalePairs.add(anchor);
    this.written.add(row.id);
    const member = crisisMemberOf(row, tally.members);
    const values = [
      dyadOf(row),
      anchor,
      row.type,
      row.status,
      member.day,
      row.firstReported,
      JSON.stringify(row),
      tallyToJson(tally),
      JSON.stringify(member.parties),
      member.place,
      row.id,
    ];
    if (insert)
      await this.sql.run(
        `INSERT INTO incidents (dyad, anchor, type, status, date, first_reported, body, tally, parties, place_name, id, crisis_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
        ...values,
      );
    else
      await this.sql.run(
        `UPDATE incidents SET dyad = ?, anchor = ?, type = ?, status = ?, date = ?, first_reported = ?,
           body = ?, tally = ?, parties = ?, place_name = ? WHERE id = ?`,
        ...values,
      );
    const codes = new Set([...row.actors, ...row.recipients].map((r) => r.code));
    await insertRows(
      this.sql,
      'incident_codes (incident_id, code)',
      [...codes].map((code) => [row.id, code]),
    );
    await insertRows(
      this.sql,
      'status_history (incident_id, idx, status, on_date, article_id, because)',
      row.history.map((h, i) => [row.id, i, h.status, h.on, h.articleId, h.because]),
    );
  }

  private async addMembers(incidentId: string, members: readonly MemberRow[]): Promise<void> {
    await insertRows(
      this.sql,
      'incident_events (event_id, incident_id, article_id, say_key)',
      members.map((m) => [m.eventId, incidentId, m.articleId, m.sayKey]),
    );
  }

  /** Statement rows from row number `from`, each with its JSON. */
  private async addStatements(
    incidentId: string,
    from: number,
    statements: readonly ClaimStatement[],
  ): Promise<void> {
    await insertRows(
      this.sql,
      'statements (incident_id, idx, event_id, article_id, source_code, stance, said_on, span_start, span_end, body)',
      statements.map((s, i) => [
        incidentId,
        from + i,
        s.eventId,
        s.articleId,
        s.source?.code ?? null,
        s.stance,
        s.saidOn,
        s.evidence.span.start,
        s.evidence.span.end,
        JSON.stringify(s),
      ]),
    );
  }

  /** Figure rows from row number `from`, each with its JSON. */
  private async addFigures(
    incidentId: string,
    from: number,
    figures: readonly Figure[],
  ): Promise<void> {
    await insertRows(
      this.sql,
      'figures (incident_id, idx, event_id, article_id, value, upper, unit, party_code, source_code, said_on, span_start, span_end, body)',
      figures.map((f, i) => [
        incidentId,
        from + i,
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
        JSON.stringify(f),
      ]),
    );
  }
}

/**
 * Stores the merge keys of events (each with its article's publication date), a chunk of rows to
 * a statement; a key already stored is left as it is.
 */
export async function insertMergeKeys(
  sql: SqlClient,
  events: readonly { event: Event; published: string | null }[],
): Promise<void> {
  await insertRows(
    sql,
    'merge_keys (code, type, span, date_lo, date_hi, event_id, doer)',
    events.flatMap(({ event, published }) =>
      mergeKeysOf(event, published).map((k) => [
        k.code,
        k.type,
        k.span,
        k.dateLo,
        k.dateHi,
        event.id,
        k.doer ? 1 : 0,
      ]),
    ),
    'ON CONFLICT DO NOTHING',
  );
}
