import type { ClaimStatement, Figure, Incident } from '../model/index.js';
import { compareFigures, compareMemberKeys, sortStatements } from './member-order.js';

/**
 * An incident's row without the lists that grow with it (events, articles, statements, figures):
 * what a store rewrites when the incident is extended.
 */
export type IncidentRow = Omit<Incident, 'eventIds' | 'articleIds' | 'statements' | 'figures'>;

/** A member as a store keeps it beside the incident: its event, its article, its say key. */
export interface MemberRow {
  eventId: string;
  articleId: string;
  sayKey: string;
}

/** The incident's row: the incident without its growing lists. */
export function incidentRowOf(incident: Incident): IncidentRow {
  const { eventIds: _e, articleIds: _a, statements: _s, figures: _f, ...row } = incident;
  void [_e, _a, _s, _f];
  return row;
}

/**
 * An incident put together from its row and its rows of members, statements and figures (each
 * in the order they were stored): the same incident `deriveIncident` gave, in the same orders.
 */
export function assembleIncident(
  row: IncidentRow,
  members: readonly MemberRow[],
  statements: readonly ClaimStatement[],
  figures: readonly Figure[],
): Incident {
  const sorted = [...members].sort((a, b) =>
    compareMemberKeys([a.sayKey, a.eventId], [b.sayKey, b.eventId]),
  );
  return {
    id: row.id,
    crisisId: row.crisisId,
    type: row.type,
    mode: row.mode,
    actors: row.actors,
    recipients: row.recipients,
    place: row.place,
    when: row.when,
    modality: row.modality,
    summary: row.summary,
    eventIds: sorted.map((m) => m.eventId),
    articleIds: [...new Set(sorted.map((m) => m.articleId))],
    status: row.status,
    history: row.history,
    statements: sortStatements(statements),
    figures: [...figures].sort(compareFigures),
    firstReported: row.firstReported,
    lastReported: row.lastReported,
  };
}
