import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool, PoolClient } from 'pg';
import { BoundedCache } from './bounded-cache.js';
import { STATEMENTS_KEPT, type SqlClient } from './sql-client.js';

/** `?` parameters as PostgreSQL's `$1, $2, ...` (the shared SQL has no `?` inside strings). */
export function numberParameters(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * The shared store code's connection over node-postgres: inside `transaction` every statement
 * goes to that transaction's connection, elsewhere to any pooled one.
 */
export class PgClient implements SqlClient {
  readonly dialect = 'postgres';
  readonly seq = 'seq';
  private readonly current = new AsyncLocalStorage<PoolClient>();
  /** Statement texts with numbered parameters, for the shapes in use (a rare one is redone). */
  private readonly texts = new BoundedCache<string>(STATEMENTS_KEPT);

  constructor(readonly pool: Pool) {}

  private async query<T>(sql: string, args: unknown[]): Promise<T[]> {
    const text = this.texts.get(sql, () => numberParameters(sql));
    const target = this.current.getStore() ?? this.pool;
    // Without parameters: the simple protocol, so a migration may hold several statements.
    const result = args.length > 0 ? await target.query(text, args) : await target.query(text);
    return result.rows as T[];
  }

  async all<T>(sql: string, ...args: unknown[]): Promise<T[]> {
    return this.query<T>(sql, args);
  }

  async get<T>(sql: string, ...args: unknown[]): Promise<T | undefined> {
    return (await this.query<T>(sql, args))[0];
  }

  async run(sql: string, ...args: unknown[]): Promise<void> {
    await this.query(sql, args);
  }

  /** Runs `fn` in a transaction on one connection; rolled back if it throws. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await this.current.run(client, fn);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
