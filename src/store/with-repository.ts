import { existsSync } from 'node:fs';
import { defaultDatabasePath } from './paths.js';
import type { SqliteRepository } from './sqlite-repository.js';
import { openSqliteRepository } from './sqlite-repository.js';

/**
 * Opens the store at `--db` (or the default path), runs `fn`, and closes it; a store that cannot
 * be opened prints a clear error and gives exit code 2. Commands that only read pass
 * `{ existing: true }`: a mistyped path then says so instead of creating an empty store.
 *
 * @example
 * process.exitCode = await withRepository(flags.db, async (repo) => { ...; return 0; });
 */
export async function withRepository(
  db: string | undefined,
  fn: (repo: SqliteRepository) => Promise<number>,
  options: { existing?: boolean } = {},
): Promise<number> {
  const path = db ?? defaultDatabasePath();
  if (options.existing && !existsSync(path)) {
    process.stderr.write(
      `sitrep: there is no store at ${path}; check --db (or SITREP_DB), or create it with \`sitrep ingest --db ${path} INPUT...\`\n`,
    );
    return 2;
  }
  let repo: SqliteRepository;
  try {
    repo = await openSqliteRepository(path);
  } catch (err) {
    process.stderr.write(
      `sitrep: cannot open the store ${path}: ${err instanceof Error ? err.message : String(err)}\n`,
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
