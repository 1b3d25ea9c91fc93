import type { ClaimStatus, Event } from '../model/index.js';
import type { ArticleMeta } from './derive-incident.js';
import type { KeyQuery } from './merge-keys.js';

/** A stored event as merging sees it: its incident, its article, and its place in store order. */
export interface StoredMember {
  event: Event;
  article: ArticleMeta;
  /** Store order (insertion order): members are given to `deriveIncident` in this order. */
  seq: number;
}

/**
 * What merging reads of a store: a small interface any repository implements inside the
 * transaction that will apply the plan. Merging never writes through it.
 */
export interface MergeLookup {
  /** Ids of stored, unretracted events with a merge key answering `query`. */
  eventsByKey(query: KeyQuery): Promise<string[]>;
  /** An event's incident (null: none) and its article's publication date; null if unknown. */
  eventRef(
    eventId: string,
  ): Promise<{ incidentId: string | null; published: string | null } | null>;
  /** A stored event's body. */
  event(eventId: string): Promise<Event>;
  /** An incident's member events in store order. */
  members(incidentId: string): Promise<StoredMember[]>;
  /** An incident's status, or null when there is no such incident. */
  incidentStatus(incidentId: string): Promise<ClaimStatus | null>;
  /** An article's unretracted events: id and incident (null: none), in store order. */
  articleEvents(articleId: string): Promise<{ id: string; incidentId: string | null }[]>;
}
