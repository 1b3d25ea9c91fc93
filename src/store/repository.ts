import type {
  Analysis,
  Article,
  ClaimStatus,
  Crisis,
  Event,
  EventType,
  Incident,
  Mention,
} from '../model/index.js';

/** What storing one analysed article did. */
export interface IngestOutcome {
  status: 'new' | 'duplicate' | 'updated';
  articleId: string;
  /** For a duplicate: the stored article it repeats. For an update: the version it replaces. */
  sameAs?: string;
  reason?: string;
  /** Incidents created or changed by this article. */
  incidentIds: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface IncidentFilter {
  crisisId?: string;
  actor?: string;
  type?: EventType;
  status?: ClaimStatus;
  since?: string;
  until?: string;
  /** Full-text query over evidence. */
  q?: string;
  limit?: number;
  offset?: number;
  order?: 'newest' | 'oldest';
}

export interface StoredArticle {
  article: Article;
  mentions: Mention[];
  events: Event[];
  /** When it was stored (ISO date-time). */
  storedAt: string;
  /** Earlier versions of the same URL, newest first. */
  versions: string[];
}

export interface SearchHit {
  kind: 'article' | 'evidence';
  articleId: string;
  eventId: string | null;
  incidentId: string | null;
  title: string | null;
  snippet: string;
  published: string | null;
}

export interface StoreStats {
  articles: number;
  events: number;
  incidents: number;
  crises: number;
  lastIngestAt: string | null;
}

/** One entry of the change log, for live updates across processes (serve polls it). */
export interface Change {
  seq: number;
  at: string;
  kind: 'article' | 'incident' | 'status' | 'figure';
  articleId: string | null;
  incidentId: string | null;
  /** E.g. the new status, or the figure, for alerts and the live page. */
  detail: string;
}

/**
 * The one storage interface. SQLite (embedded default) implements it; PostgreSQL implements the
 * same contract and passes the same tests.
 */
export interface Repository {
  /** Stores the article, its mentions and events, and merges them into incidents: one transaction. */
  ingest(analysis: Analysis): Promise<IngestOutcome>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(options?: { limit?: number; offset?: number }): Promise<Page<Article>>;
  getEvent(id: string): Promise<Event | null>;
  listIncidents(filter?: IncidentFilter): Promise<Page<Incident>>;
  getIncident(id: string): Promise<Incident | null>;
  /** Storylines, latest first; `limit`/`offset` page them (all when no limit is given). */
  listCrises(options?: { limit?: number; offset?: number }): Promise<Crisis[]>;
  getCrisis(id: string): Promise<Crisis | null>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Brings derived views (storylines) up to date with every ingest; reads do it themselves. */
  settle(): Promise<void>;
  /** Changes after `seq`, oldest first. */
  changesSince(seq: number, limit?: number): Promise<Change[]>;
  /**
   * Calls `listener` when any process commits an ingest, where the store can tell (PostgreSQL's
   * NOTIFY); returns the function that stops it. Stores without it are polled.
   */
  onChanges?(listener: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
