import type { ClaimStatement, Event, Figure, Incident } from '../model/index.js';
import type { IncidentRow, MemberRow } from './incident-rows.js';
import type { IncidentTally } from './incident-tally.js';

/**
 * One write of a merge plan. A repository applies the steps in order, in one transaction, and
 * keeps its derived views (storylines, search) in step with them.
 */
export type MergeStep =
  /** An old version stops counting: its events' keys go, they are marked retracted and unlinked, its pairs leave the storyline graph. */
  | { kind: 'retract-article'; articleId: string; byId: string }
  /** The incident row and everything derived from it go. */
  | { kind: 'delete-incident'; incidentId: string }
  /** Events still linked to the incident lose the link. */
  | { kind: 'unlink-events'; incidentId: string }
  /** The incident is rewritten under its id: its derived rows go, its row and links stay. */
  | { kind: 'clear-incident'; incidentId: string }
  /** The pairs of parties an article reports join the storyline graph. */
  | { kind: 'add-article-pairs'; articleId: string; pairs: string[] }
  /** A new event is stored (with its merge keys), not yet in any incident. */
  | { kind: 'insert-event'; event: Event; published: string | null }
  /**
   * An incident is written whole (inserted, or updated when `linked` is not empty): its row, the
   * tally its head was read from, and every member, statement and figure.
   */
  | {
      kind: 'write-incident';
      incident: Incident;
      tally: IncidentTally;
      members: MemberRow[];
      linked: string[];
    }
  /**
   * One new report joins a stored incident: its row and tally are rewritten and the report's
   * member, statements and figures are added. Nothing else of the incident is written.
   */
  | {
      kind: 'extend-incident';
      incident: IncidentRow;
      tally: IncidentTally;
      member: MemberRow;
      statements: ClaimStatement[];
      figures: Figure[];
    };

/** A change-log entry the plan produces: what a live page or an alert is told. */
export interface PlannedChange {
  kind: 'incident' | 'status' | 'figure';
  incidentId: string;
  detail: string;
}

/** What merging one article decided. */
export interface MergePlan {
  steps: MergeStep[];
  /** Incidents created or changed (not those merged away). */
  incidentIds: string[];
  /** Change-log entries for those incidents, in order. */
  changes: PlannedChange[];
}
