/** Tables of `sitrep watch`: sources, fetch state, seen items, alert subscriptions and deliveries. */
export const id = 100;
export const name = 'watch';
export const sql = `
CREATE TABLE IF NOT EXISTS watch_sources (
  url TEXT PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'auto',
  added_at TEXT NOT NULL
);
-- Validators and failure backoff per fetched URL (sources and child sitemaps).
CREATE TABLE IF NOT EXISTS watch_fetch_state (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  content_hash TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0,
  last_status TEXT,
  last_error TEXT,
  last_fetched_at TEXT
);
-- An item is written here only after its article is committed (or it is given up).
CREATE TABLE IF NOT EXISTS watch_seen_items (
  source_url TEXT NOT NULL,
  item_key TEXT NOT NULL,
  item_url TEXT,
  content_hash TEXT,
  article_id TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (source_url, item_key)
);
CREATE INDEX IF NOT EXISTS watch_seen_items_hash ON watch_seen_items (content_hash);
CREATE TABLE IF NOT EXISTS alert_subscriptions (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL,
  crisis_id TEXT,
  kinds TEXT NOT NULL,
  secret TEXT,
  allow_private INTEGER NOT NULL DEFAULT 0,
  -- Last change-log seq turned into deliveries; NULL until the first pass sets it to the head.
  cursor INTEGER,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alert_deliveries (
  id INTEGER PRIMARY KEY,
  subscription_id INTEGER NOT NULL REFERENCES alert_subscriptions (id) ON DELETE CASCADE,
  change_seq INTEGER NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  UNIQUE (subscription_id, change_seq)
);
CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries (status, next_attempt_at);
`;
