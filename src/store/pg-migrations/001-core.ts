/**
 * The PostgreSQL store's tables: the same tables and columns as the SQLite store after its
 * migrations 1-4, with `seq` columns where SQLite orders by rowid, and text search columns in
 * place of FTS5 tables.
 */
export const id = 1;
export const name = 'core';
export const sql = `
CREATE TABLE articles (
  seq BIGSERIAL UNIQUE,
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
  seq BIGSERIAL UNIQUE,
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL,
  date_lo TEXT,
  date_hi TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  incident_id TEXT,
  retracted_by TEXT,
  body TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_incident ON events (incident_id, seq);
CREATE TABLE merge_keys (
  code TEXT NOT NULL,
  type TEXT NOT NULL,
  span TEXT NOT NULL,
  date_lo TEXT,
  date_hi TEXT,
  event_id TEXT NOT NULL REFERENCES events(id),
  doer INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (code, type, event_id)
);
CREATE INDEX merge_keys_lookup ON merge_keys (code, type, doer, span, date_lo);
CREATE INDEX merge_keys_event ON merge_keys (event_id);
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
  anchor TEXT,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  first_reported TEXT,
  parties TEXT,
  place_name TEXT,
  body TEXT NOT NULL
);
CREATE INDEX incidents_newest ON incidents (date, id);
CREATE INDEX incidents_oldest ON incidents ((date IS NULL), date, id);
CREATE INDEX incidents_crisis ON incidents (crisis_id, date, id);
CREATE INDEX incidents_dyad ON incidents (dyad, date, id);
CREATE INDEX incidents_status ON incidents (status, date, id);
CREATE INDEX incidents_type ON incidents (type, date, id);
CREATE INDEX incidents_anchor ON incidents (anchor, date, id);
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
  value DOUBLE PRECISION,
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
  body TEXT NOT NULL,
  incident_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX crises_dyad ON crises (dyad);
CREATE INDEX crises_order ON crises (first_date, id);
CREATE TABLE changes (
  seq BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  article_id TEXT,
  incident_id TEXT,
  detail TEXT NOT NULL
);
-- Text search: the 'simple' configuration (no stemming, no stop words), like FTS5's default.
CREATE TABLE articles_fts (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED
);
CREATE INDEX articles_fts_tsv ON articles_fts USING GIN (tsv);
CREATE TABLE evidence_fts (
  event_id TEXT PRIMARY KEY REFERENCES events(id),
  article_id TEXT NOT NULL,
  text TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
);
CREATE INDEX evidence_fts_tsv ON evidence_fts USING GIN (tsv);
CREATE TABLE article_pairs (
  article_id TEXT NOT NULL REFERENCES articles(id),
  pair TEXT NOT NULL,
  PRIMARY KEY (article_id, pair)
);
CREATE TABLE pair_sizes (
  pair TEXT PRIMARY KEY,
  articles INTEGER NOT NULL,
  beside INTEGER NOT NULL,
  first TEXT GENERATED ALWAYS AS (CASE WHEN strpos(pair, '-') > 0 THEN split_part(pair, '-', 1) END) STORED,
  second TEXT GENERATED ALWAYS AS (CASE WHEN strpos(pair, '-') > 0 THEN substr(pair, strpos(pair, '-') + 1) END) STORED
);
CREATE INDEX pair_sizes_first ON pair_sizes (first, articles);
CREATE INDEX pair_sizes_second ON pair_sizes (second, articles);
CREATE TABLE pair_links (
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE INDEX pair_links_b ON pair_links (b, a);
CREATE TABLE stale_storylines (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE TABLE pending_rebuilds (what TEXT PRIMARY KEY);
`;
