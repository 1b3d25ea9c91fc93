import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { applyWatchMigration, WatchStore } from '../store/watch-store.js';

/** Opens (creating if needed) the database file with the watch tables. */
export function openWatchStore(path: string): WatchStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  applyWatchMigration(db);
  return new WatchStore(db);
}
