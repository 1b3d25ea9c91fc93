/**
 * Figures as first-class facts: a range's upper bound ("10,000-12,000" -> 12000, "up to 12,000"
 * -> 12000) and the party the figure counts (whose troops, whose dead), beside the value, unit,
 * source and date the figures table already holds. Stores made before keep their rows; their
 * incidents' figures get both columns when next rewritten.
 */
export const id = 5;
export const name = 'figure-bounds';
export const sql = `
ALTER TABLE figures ADD COLUMN upper REAL;
ALTER TABLE figures ADD COLUMN party_code TEXT;
`;
