import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The built CLI the tests run (the global setup builds it first). */
export const CLI = join(resolve(import.meta.dirname, '../..'), 'dist/cli/main.js');

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
