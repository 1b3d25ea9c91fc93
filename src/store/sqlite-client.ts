import type { Database, Statement } from 'better-sqlite3';
import type { SqlClient } from './sql-client.js';

/** The shared store code's connection over better-sqlite3: statements prepared once and kept. */
export class SqliteClient implements SqlClient {
  readonly dialect = 'sqlite';
  readonly seq = 'rowid';
  private readonly cache = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  private prepare(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
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
