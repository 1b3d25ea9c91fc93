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
