/**
 * What kind of store a `--db` value names, decided without loading any database driver (the CLI
 * checks options before it opens anything).
 */

/** A `postgres://` or `postgresql://` URL names a PostgreSQL store; anything else a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}
