/**
 * What the shared store code needs of a connection: statements with `?` parameters and rows
 * back. SQLite and PostgreSQL each implement it; the SQL given is the subset both understand.
 */
export interface SqlClient {
  readonly dialect: 'sqlite' | 'postgres';
  /** The column that orders rows of `events` and `articles` as they were stored. */
  readonly seq: 'rowid' | 'seq';
  all<T>(sql: string, ...args: unknown[]): Promise<T[]>;
  get<T>(sql: string, ...args: unknown[]): Promise<T | undefined>;
  run(sql: string, ...args: unknown[]): Promise<void>;
}

/**
 * Statement shapes a connection keeps prepared (SQLite) or rewritten (PostgreSQL). A prepared
 * SQLite statement holds native memory (its compiled program, up to a few hundred KB for the wide
 * multi-row inserts); a long ingest runs about 70 shapes (decision 016), so all of those stay,
 * and a rare shape (a candidate lookup with an unusual number of keys) is prepared again.
 */
export const STATEMENTS_KEPT = 128;
