import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * The built CLI the tests run: the file package.json's `bin` names, which an installed `sitrep`
 * runs (the bundle, decision 045). The global setup builds it first.
 */
export const CLI = join(
  root,
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { sitrep: string } }).bin
    .sitrep,
);

/** Runs `sitrep ARGS` in a child process and returns its exit code and output. */
export function runCli(
  args: string[],
  options: { input?: string | undefined; timeout?: number } = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    ...(options.input === undefined ? {} : { input: options.input }),
    timeout: options.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
