/**
 * Figures as first-class facts (SQLite's migration 5): a range's upper bound and the party the
 * figure counts, beside the value, unit, source and date.
 */
export const id = 2;
export const name = 'figure-bounds';
export const sql = `
ALTER TABLE figures ADD COLUMN upper DOUBLE PRECISION;
ALTER TABLE figures ADD COLUMN party_code TEXT;
`;
