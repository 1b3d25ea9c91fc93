import { openDatabase } from '../store/open-database.js';
import type { Repository } from '../store/repository.js';
import { openSqliteRepository } from '../store/sqlite-repository.js';
import { WatchStore } from '../store/watch-store.js';

/** Opens (creating if needed) the database file, migrations (watch tables included) applied. */
export function openWatchStore(path: string): WatchStore {
  return new WatchStore(openDatabase(path));
}

/**
 * The store's SQLite repository and the watch tables, on one connection.
 *
 * @example
 * const { store, repository } = await openStores(defaultDatabasePath());
 */
export async function openStores(
  path: string,
): Promise<{ store: WatchStore; repository: Repository }> {
  const repository = await openSqliteRepository(path);
  return { store: new WatchStore(repository.db), repository };
}
