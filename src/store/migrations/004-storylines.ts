/**
 * Storylines from the pairs of parties the news reports together (decision 005): each article's
 * pairs, the articles per pair and per two pairs, and the pair each incident is grouped by.
 * Stores made before this step are regrouped once on open (`pending_rebuilds`). Ingests only
 * mark what they changed (`stale_storylines`); the next read regroups once for all of them.
 */
export const id = 4;
export const name = 'storylines';
export const sql = `
CREATE TABLE article_pairs (
  article_id TEXT NOT NULL REFERENCES articles(id),
  pair TEXT NOT NULL,
  PRIMARY KEY (article_id, pair)
) WITHOUT ROWID;
-- beside: the pair's articles that report at least one other pair.
-- first, second: a two-party pair's codes, so a lone party finds its pairs by index.
CREATE TABLE pair_sizes (
  pair TEXT PRIMARY KEY,
  articles INTEGER NOT NULL,
  beside INTEGER NOT NULL,
  first TEXT AS (CASE WHEN instr(pair, '-') > 0 THEN substr(pair, 1, instr(pair, '-') - 1) END),
  second TEXT AS (CASE WHEN instr(pair, '-') > 0 THEN substr(pair, instr(pair, '-') + 1) END)
) WITHOUT ROWID;
CREATE INDEX pair_sizes_first ON pair_sizes (first, articles);
CREATE INDEX pair_sizes_second ON pair_sizes (second, articles);
-- a < b: articles that report both pairs.
CREATE TABLE pair_links (
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX pair_links_b ON pair_links (b, a);
ALTER TABLE incidents ADD COLUMN anchor TEXT;
CREATE INDEX incidents_anchor ON incidents (anchor, date, id);
-- What ingests changed since storylines were last regrouped: pairs, crises, rewritten incidents.
CREATE TABLE stale_storylines (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TABLE pending_rebuilds (what TEXT PRIMARY KEY);
INSERT INTO pending_rebuilds (what) VALUES ('storylines');
`;
