import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { dateProblem } from '../ingest/check-date.js';
import { isPostgresUrl } from '../store/store-url.js';

/** `10MB`, `512kB`, `1048576` -> bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('give a size such as 10MB, 512kB or 1048576');
  const factor = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 }[(m[2] ?? 'b').toLowerCase() as 'b'];
  return Math.round(Number(m[1]) * factor);
}

/** Accepts a real, past YYYY-MM-DD (or ISO date-time); rejects anything else saying why. */
export function parseDateOption(value: string): string {
  const problem = dateProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value.trim();
}

/** One line on stderr per failed input: what failed and why. */
export function reportInputError(input: string, message: string): void {
  process.stderr.write(`sitrep: ${input}: ${message}\n`);
}

/**
 * `--db PATH` or `--db postgres://…`: a SQLite file's folder must exist. A mistyped path would
 * otherwise create folders and an empty store there (only the default location is created on
 * first use).
 */
export function parseDbPath(value: string): string {
  if (isPostgresUrl(value)) return value;
  checkFolderExists(value, '--db');
  return value;
}

/** Refuses a file path whose folder does not exist, naming the option and the folder. */
export function checkFolderExists(path: string, option: string): void {
  const folder = dirname(resolve(path));
  if (!existsSync(folder))
    throw new InvalidArgumentError(
      `the folder ${folder} does not exist; check the path, or create it first (mkdir -p ${folder}) [${option}]`,
    );
}

/** `--out FILE`: the folder must exist; nothing is created but the file. */
export function parseOutPath(value: string): string {
  checkFolderExists(value, '--out');
  return value;
}
