import { existsSync } from 'node:fs';
import { defaultDatabasePath } from './paths.js';
import { openRepository, storeName } from './open-repository.js';
import { isPostgresUrl } from './store-url.js';
import type { SqlRepository } from './sql-repository.js';

/**
 * Opens the store at `--db` (a SQLite path or a PostgreSQL URL; or the default path), runs `fn`, and closes it; a store that cannot
 * be opened prints a clear error and gives exit code 2. Commands that only read pass
 * `{ existing: true }`: a mistyped path then says so instead of creating an empty store.
 *
 * @example
 * process.exitCode = await withRepository(flags.db, async (repo) => { ...; return 0; });
 */
export async function withRepository(
  db: string | undefined,
  fn: (repo: SqlRepository) => Promise<number>,
  options: { existing?: boolean } = {},
): Promise<number> {
  const path = db ?? defaultDatabasePath();
  if (options.existing && !isPostgresUrl(path) && !existsSync(path)) {
    process.stderr.write(
      `sitrep: there is no store at ${path}; check --db (or SITREP_DB), or create it with \`sitrep ingest --db ${path} INPUT...\`\n`,
    );
    return 2;
  }
  let repo: SqlRepository;
  try {
    repo = await openRepository(path);
  } catch (err) {
    process.stderr.write(
      `sitrep: cannot open the store ${storeName(path)}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }
  try {
    return await fn(repo);
  } finally {
    await repo.close();
  }
}

/** A plain text table: columns padded to their widest cell, the last column left free. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
