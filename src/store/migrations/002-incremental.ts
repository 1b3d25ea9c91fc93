/**
 * Incremental merge and fast listing: merge keys by code, type, date class and date; listing
 * indexes for every filter; light crisis inputs on incidents; retracted events of old versions.
 */
export const id = 2;
export const name = 'incremental';
export const sql = `
-- Candidate lookup for merging. span: d (a day), m (a month), y (a year), n (undated): each class
-- is searched with its own slack, so a lookup reads only events near the date.
CREATE TABLE merge_keys (
  code TEXT NOT NULL,
  type TEXT NOT NULL,
  span TEXT NOT NULL,
  date_lo TEXT,
  date_hi TEXT,
  event_id TEXT NOT NULL REFERENCES events(id),
  PRIMARY KEY (code, type, event_id)
);
CREATE INDEX merge_keys_lookup ON merge_keys (code, type, span, date_lo);
CREATE INDEX merge_keys_event ON merge_keys (event_id);
INSERT OR IGNORE INTO merge_keys (code, type, span, date_lo, date_hi, event_id)
  SELECT ec.code, ec.type,
    CASE WHEN e.date_lo IS NULL THEN 'n' WHEN e.date_lo = e.date_hi THEN 'd'
         WHEN substr(e.date_lo, 1, 7) = substr(e.date_hi, 1, 7) THEN 'm' ELSE 'y' END,
    e.date_lo, e.date_hi, ec.event_id
  FROM event_codes ec JOIN events e ON e.id = ec.event_id;
DROP TABLE event_codes;
ALTER TABLE events ADD COLUMN retracted_by TEXT;
-- What a crisis name needs, kept beside the body so regrouping parses no incident JSON.
ALTER TABLE incidents ADD COLUMN parties TEXT;
ALTER TABLE incidents ADD COLUMN place_name TEXT;
DROP INDEX incidents_date;
DROP INDEX incidents_crisis;
DROP INDEX incidents_dyad;
DROP INDEX incidents_status;
CREATE INDEX incidents_newest ON incidents (date, id);
CREATE INDEX incidents_oldest ON incidents ((date IS NULL), date, id);
CREATE INDEX incidents_crisis ON incidents (crisis_id, date, id);
CREATE INDEX incidents_dyad ON incidents (dyad, date, id);
CREATE INDEX incidents_status ON incidents (status, date, id);
CREATE INDEX incidents_type ON incidents (type, date, id);
ALTER TABLE crises ADD COLUMN incident_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX crises_order ON crises (first_date, id);
`;
