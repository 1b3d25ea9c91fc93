/** A storage failure with a message that says what happened and what to do. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Maps SQLite's error codes to a clear message; other errors pass through unchanged. */
export function explainStoreError(err: unknown, path: string): Error {
  const code = (err as { code?: unknown }).code;
  const msg = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new StoreError(
      'SQLITE_BUSY',
      `database is locked by another process (${path}): wait for it to finish, or use another --db`,
    );
  if (code === 'SQLITE_FULL')
    return new StoreError('SQLITE_FULL', `disk full while writing ${path}: free space and rerun`);
  if (code === 'SQLITE_READONLY')
    return new StoreError('SQLITE_READONLY', `database is read-only (${path}): check permissions`);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return new StoreError(String(code), `${path} is not a valid Sitrep database: ${msg}`);
  return err instanceof Error ? err : new Error(msg);
}
