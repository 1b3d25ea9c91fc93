/** Sitrep's core tables: articles (with versions), mentions, events, incidents, claims, crises, change log, FTS. */
export const id = 1;
export const name = 'core';
export const sql = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT,
  canonical_url TEXT,
  text_hash TEXT NOT NULL,
  version_of TEXT REFERENCES articles(id),
  status TEXT NOT NULL,
  published TEXT,
  title TEXT,
  site_name TEXT,
  stored_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL,
  date_lo TEXT,
  date_hi TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  incident_id TEXT,
  body TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_incident ON events (incident_id);
-- Candidate lookup for merging: by actor or recipient code, type, and date window.
CREATE TABLE event_codes (
  code TEXT NOT NULL,
  type TEXT NOT NULL,
  date_lo TEXT,
  event_id TEXT NOT NULL REFERENCES events(id),
  PRIMARY KEY (code, type, event_id)
);
CREATE INDEX event_codes_lookup ON event_codes (code, type, date_lo);
CREATE TABLE attributions (
  event_id TEXT NOT NULL REFERENCES events(id),
  idx INTEGER NOT NULL,
  source_code TEXT,
  stance TEXT NOT NULL,
  said_on TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (event_id, idx)
);
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  crisis_id TEXT,
  dyad TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  first_reported TEXT,
  body TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (date);
CREATE INDEX incidents_crisis ON incidents (crisis_id);
CREATE INDEX incidents_dyad ON incidents (dyad, date);
CREATE INDEX incidents_status ON incidents (status);
CREATE TABLE incident_events (
  event_id TEXT PRIMARY KEY REFERENCES events(id),
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE
);
CREATE INDEX incident_events_incident ON incident_events (incident_id);
CREATE TABLE incident_codes (
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  PRIMARY KEY (incident_id, code)
);
CREATE INDEX incident_codes_code ON incident_codes (code);
CREATE TABLE statements (
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  source_code TEXT,
  stance TEXT NOT NULL,
  said_on TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (incident_id, idx)
);
CREATE TABLE figures (
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  value REAL,
  unit TEXT NOT NULL,
  source_code TEXT,
  said_on TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (incident_id, idx)
);
CREATE TABLE status_history (
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  status TEXT NOT NULL,
  on_date TEXT,
  article_id TEXT NOT NULL,
  because TEXT NOT NULL,
  PRIMARY KEY (incident_id, idx)
);
CREATE TABLE crises (
  id TEXT PRIMARY KEY,
  dyad TEXT NOT NULL,
  name TEXT NOT NULL,
  first_date TEXT,
  last_date TEXT,
  body TEXT NOT NULL
);
CREATE INDEX crises_dyad ON crises (dyad);
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  article_id TEXT,
  incident_id TEXT,
  detail TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5 (article_id UNINDEXED, title, text);
CREATE VIRTUAL TABLE evidence_fts USING fts5 (event_id UNINDEXED, article_id UNINDEXED, text);
`;
