import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { defaultDatabasePath } from './paths.js';
import { openPgRepository } from './pg-repository.js';
import { isPostgresUrl } from './store-url.js';
import type { SqlRepository } from './sql-repository.js';
import { openSqliteRepository } from './sqlite-repository.js';

/**
 * Opens the store `db` names: a `postgres://` (or `postgresql://`) URL opens PostgreSQL, anything
 * else is a SQLite file (created if missing). Migrations are applied either way.
 *
 * @example
 * const repo = await openRepository(process.env.SITREP_DB ?? defaultDatabasePath());
 */
export async function openRepository(db: string): Promise<SqlRepository> {
  return isPostgresUrl(db) ? openPgRepository(db) : openSqliteRepository(db);
}

/** The store's name for messages: a URL without its password. */
export function storeName(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the PostgreSQL URL given';
  }
}

/**
 * Where `watch`, `sources` and `alerts` keep their own state (sources, fetch validators, seen
 * items, alert deliveries): in the SQLite store itself, or in a file per PostgreSQL database
 * beside the default store (each watcher machine keeps its own fetch state).
 */
export function watchStatePath(db: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!isPostgresUrl(db)) return db;
  const beside = isPostgresUrl(env.SITREP_DB ?? '')
    ? defaultDatabasePath({ ...env, SITREP_DB: '' })
    : defaultDatabasePath(env);
  // One state file per database: two stores never share what their watchers have seen.
  const key = createHash('sha256').update(storeName(db)).digest('hex').slice(0, 12);
  return join(dirname(beside), `watch-state-${key}.db`);
}
