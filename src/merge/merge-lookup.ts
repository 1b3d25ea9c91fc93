import type { ClaimStatement, ClaimStatus, Event } from '../model/index.js';
import type { ArticleMeta } from './derive-incident.js';
import type { IncidentTally } from './incident-tally.js';
import type { KeyQuery } from './merge-keys.js';

/** A stored event as merging sees it: its incident, its article, and its place in store order. */
export interface StoredMember {
  event: Event;
  article: ArticleMeta;
  /** Store order (insertion order): members are given to `deriveIncident` in this order. */
  seq: number;
}

/** A stored event that may report the same incident: its incident (null: none) and its article's date. */
export interface Candidate {
  id: string;
  incidentId: string | null;
  published: string | null;
}

/** Which page of candidates a lookup returns. */
export interface CandidatePage {
  /** Only events whose id sorts after this one (in the store's order of ids); '' for the first page. */
  after: string;
  /** Events in these incidents are left out: the planner already knows they link. */
  skipIncidents: readonly string[];
  /** Most events returned. */
  limit: number;
}

/**
 * What merging reads of a store: a small interface any repository implements inside the
 * transaction that will apply the plan. Merging never writes through it.
 */
export interface MergeLookup {
  /**
   * Stored, unretracted events with a merge key answering any of `queries`, one page at a time in
   * order of id: a report of a story with thousands of members costs one read, not thousands.
   */
  candidates(queries: readonly KeyQuery[], page: CandidatePage): Promise<Candidate[]>;
  /** A stored event's body. */
  event(eventId: string): Promise<Event>;
  /** An incident's member events in store order. */
  members(incidentId: string): Promise<StoredMember[]>;
  /**
   * The tally an incident's head was read from, or null (no such incident, or one stored without
   * a tally): then a new report of it derives it again from all its members.
   */
  tally(incidentId: string): Promise<IncidentTally | null>;
  /** An incident's statements, in statement order (what the status walk reads). */
  statements(incidentId: string): Promise<ClaimStatement[]>;
  /** An incident's status, or null when there is no such incident. */
  incidentStatus(incidentId: string): Promise<ClaimStatus | null>;
  /** An article's unretracted events: id and incident (null: none), in store order. */
  articleEvents(articleId: string): Promise<{ id: string; incidentId: string | null }[]>;
}
