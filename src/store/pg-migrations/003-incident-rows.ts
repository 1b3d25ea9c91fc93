/**
 * Incidents in parts (SQLite's migration 6, decision 016): the incident's row keeps its head and the tally it was read
 * from; its members (with their say key), statements and figures are read from their own rows,
 * each statement and figure with its JSON. A new report of a big incident then adds rows instead
 * of rewriting the incident. Incidents stored before keep their whole body (and no tally) until
 * they are next rewritten.
 */
export const id = 3;
export const name = 'incident-rows';
export const sql = `
ALTER TABLE incidents ADD COLUMN tally TEXT;
ALTER TABLE incident_events ADD COLUMN article_id TEXT;
ALTER TABLE incident_events ADD COLUMN say_key TEXT;
ALTER TABLE statements ADD COLUMN body TEXT;
ALTER TABLE figures ADD COLUMN body TEXT;
`;
