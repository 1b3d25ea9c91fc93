/** Merge keys say whether the code is a doer, so a lookup reads only events our doers did. */
export const id = 3;
export const name = 'merge-roles';
export const sql = `
-- 1: the code is among the event's doers (or, for rows stored before this column, may be).
ALTER TABLE merge_keys ADD COLUMN doer INTEGER NOT NULL DEFAULT 1;
DROP INDEX merge_keys_lookup;
CREATE INDEX merge_keys_lookup ON merge_keys (code, type, doer, span, date_lo);
`;
