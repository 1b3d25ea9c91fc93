import type { Statement } from 'better-sqlite3';
import type { Event, Incident } from '../model/index.js';
import { dateRange } from '../merge/compatible-events.js';
import { dyadOf } from '../merge/derive-incident.js';
import { crisisMemberOf } from '../merge/group-crises.js';
import { mergeKeysOf } from '../merge/merge-keys.js';
import type { MergePlan, MergeStep } from '../merge/merge-plan.js';
import type { SqliteStorylines } from './sqlite-storylines.js';

/** Prepared statements by text, shared with the repository that owns the connection. */
type Query = (sql: string) => Statement;

const now = (): string => new Date().toISOString();

/**
 * Applies merge plans to the SQLite store, step by step, inside the caller's transaction, and
 * marks the storylines the plan changed stale for the next `settle`.
 */
export class SqliteMergeWriter {
  private readonly stalePairs = new Set<string>();
  private readonly staleCrises = new Set<string>();
  /** Incidents written by the plan in progress. */
  private readonly written = new Set<string>();

  constructor(
    private readonly q: Query,
    private readonly storylines: SqliteStorylines,
  ) {}

  /** Applies every step, then logs the plan's changes for `articleId` after `articleLog`. */
  apply(plan: MergePlan, articleId: string, articleLog: string): void {
    for (const step of plan.steps) this.applyStep(step);
    this.storylines.markStale({
      pairs: this.stalePairs,
      crises: this.staleCrises,
      written: this.written,
    });
    this.stalePairs.clear();
    this.staleCrises.clear();
    this.written.clear();
    const log = this.q(
      'INSERT INTO changes (at, kind, article_id, incident_id, detail) VALUES (?, ?, ?, ?, ?)',
    );
    log.run(now(), 'article', articleId, null, articleLog);
    for (const c of plan.changes) log.run(now(), c.kind, articleId, c.incidentId, c.detail);
  }

  private applyStep(step: MergeStep): void {
    switch (step.kind) {
      case 'retract-article':
        return this.retractArticle(step.articleId, step.byId);
      case 'delete-incident':
        if (this.retireIncident(step.incidentId))
          this.q('DELETE FROM incidents WHERE id = ?').run(step.incidentId);
        return;
      case 'unlink-events':
        this.q('UPDATE events SET incident_id = NULL WHERE incident_id = ?').run(step.incidentId);
        return;
      case 'clear-incident':
        this.retireIncident(step.incidentId);
        for (const table of ['statements', 'figures', 'status_history', 'incident_codes'])
          this.q(`DELETE FROM ${table} WHERE incident_id = ?`).run(step.incidentId);
        return;
      case 'add-article-pairs':
        this.storylines.addArticle(step.articleId, step.pairs);
        for (const p of step.pairs) this.stalePairs.add(p);
        return;
      case 'insert-event':
        return this.insertEvent(step.event, step.published);
      case 'write-incident':
        return this.writeIncident(step.incident, step.events, new Set(step.linked));
    }
  }

  /** An old version's events stop counting: keys gone, marked retracted, unlinked; its pairs leave the graph. */
  private retractArticle(oldId: string, byId: string): void {
    this.q(
      'DELETE FROM merge_keys WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)',
    ).run(oldId);
    for (const p of this.storylines.removeArticle(oldId)) this.stalePairs.add(p);
    this.q(
      'UPDATE events SET retracted_by = ?, incident_id = NULL WHERE article_id = ? AND retracted_by IS NULL',
    ).run(byId, oldId);
  }

  /** Before an incident is deleted or rewritten: its pair and crisis are stale. False when there is none. */
  private retireIncident(incidentId: string): boolean {
    const old = this.q('SELECT anchor, crisis_id FROM incidents WHERE id = ?').get(incidentId) as
      { anchor: string | null; crisis_id: string | null } | undefined;
    if (!old) return false;
    if (old.anchor) this.stalePairs.add(old.anchor);
    if (old.crisis_id) this.staleCrises.add(old.crisis_id);
    return true;
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
    for (const k of mergeKeysOf(event, published))
      this.q(
        'INSERT OR IGNORE INTO merge_keys (code, type, span, date_lo, date_hi, event_id, doer) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(k.code, k.type, k.span, k.dateLo, k.dateHi, event.id, k.doer ? 1 : 0);
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

  /** Writes an incident; `linked` are its events already linked to it (an incident rewritten in place). */
  private writeIncident(
    incident: Incident,
    events: readonly Event[],
    linked: ReadonlySet<string>,
  ): void {
    const anchor = this.storylines.anchorFor(incident, events);
    if (anchor) this.stalePairs.add(anchor);
    this.written.add(incident.id);
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
        `INSERT INTO figures (incident_id, idx, event_id, article_id, value, unit, source_code, said_on, span_start, span_end)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        incident.id,
        i,
        f.eventId,
        f.articleId,
        f.quantity.value,
        f.quantity.unit,
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
}
