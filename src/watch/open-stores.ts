import { openDatabase } from '../store/open-database.js';
import { watchStatePath } from '../store/open-repository.js';
import { openPgRepository } from '../store/pg-repository.js';
import { isPostgresUrl } from '../store/store-url.js';
import type { SqlRepository } from '../store/sql-repository.js';
import { openSqliteRepository } from '../store/sqlite-repository.js';
import { WatchStore } from '../store/watch-store.js';

/**
 * Opens (creating if needed) the watch tables of the store `db` names, migrations applied: the
 * SQLite store itself, or a local state file when the store is PostgreSQL.
 */
export function openWatchStore(db: string): WatchStore {
  return new WatchStore(openDatabase(watchStatePath(db)));
}

/**
 * The store's repository and the watch tables: on one SQLite connection, or PostgreSQL and a
 * local state file.
 *
 * @example
 * const { store, repository } = await openStores(defaultDatabasePath());
 */
export async function openStores(
  db: string,
): Promise<{ store: WatchStore; repository: SqlRepository }> {
  if (isPostgresUrl(db))
    return { store: openWatchStore(db), repository: await openPgRepository(db) };
  const repository = await openSqliteRepository(db);
  return { store: new WatchStore(repository.db), repository };
}
