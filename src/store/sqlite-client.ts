import type { Database, Statement } from 'better-sqlite3';
import { BoundedCache } from './bounded-cache.js';
import { STATEMENTS_KEPT, type SqlClient } from './sql-client.js';

/** The shared store code's connection over better-sqlite3: statements prepared once and kept. */
export class SqliteClient implements SqlClient {
  readonly dialect = 'sqlite';
  readonly seq = 'rowid';
  private readonly cache = new BoundedCache<Statement>(STATEMENTS_KEPT);

  constructor(private readonly db: Database) {}

  private prepare(sql: string): Statement {
    return this.cache.get(sql, () => this.db.prepare(sql));
  }

  async all<T>(sql: string, ...args: unknown[]): Promise<T[]> {
    return this.prepare(sql).all(...args) as T[];
  }

  async get<T>(sql: string, ...args: unknown[]): Promise<T | undefined> {
    return this.prepare(sql).get(...args) as T | undefined;
  }

  async run(sql: string, ...args: unknown[]): Promise<void> {
    this.prepare(sql).run(...args);
  }
}
