import type { SqlClient } from './sql-client.js';

/** Most rows one statement carries: within every store's limit on parameters per statement. */
const MAX_CHUNK = 128;

/**
 * Rows in groups of a power of two up to MAX_CHUNK (200 rows go as 128, 64, 8): each statement
 * has one of eight shapes, so the prepared statements a connection keeps stay few (with any
 * length allowed, a long ingest prepared hundreds of shapes, each holding native memory).
 */
export function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length;) {
    let size = MAX_CHUNK;
    while (size > rows.length - i) size /= 2;
    out.push(rows.slice(i, i + size));
    i += size;
  }
  return out;
}

/**
 * Inserts rows into `into` ("table (col, ...)") a chunk to a statement: one round trip per chunk,
 * not one per row. `suffix` follows the VALUES (e.g. `ON CONFLICT DO NOTHING`).
 *
 * @example
 * await insertRows(sql, 'incident_codes (incident_id, code)', [['inc-1', 'FRE']]);
 */
export async function insertRows(
  sql: SqlClient,
  into: string,
  rows: readonly unknown[][],
  suffix = '',
): Promise<void> {
  for (const part of chunks(rows)) {
    const tuple = `(${part[0]!.map(() => '?').join(', ')})`;
    await sql.run(
      `INSERT INTO ${into} VALUES ${part.map(() => tuple).join(', ')} ${suffix}`.trimEnd(),
      ...part.flat(),
    );
  }
}
