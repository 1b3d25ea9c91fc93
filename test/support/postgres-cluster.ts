import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** The newest Debian PostgreSQL server binaries, or null. */
function serverBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? join(root, newest, 'bin') : null;
}

/**
 * Vitest global setup: when SITREP_TEST_PG is unset and PostgreSQL's server binaries are
 * installed, starts a throwaway cluster (a temporary folder, a socket in it, no TCP) for the
 * PostgreSQL tests and stops it afterwards. As root the server runs as the `postgres` user.
 */
export default function startThrowawayPostgres(): (() => void) | undefined {
  if (process.env.SITREP_TEST_PG) return undefined;
  const bin = serverBin();
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    chownSync(dir, uid, -1);
  }
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: 'ignore' });
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'sitrep', '-A', 'trust']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-k ${dir} -c listen_addresses='' -c max_connections=200`,
    'start',
  ]);
  process.env.SITREP_TEST_PG = `postgresql://sitrep@localhost/postgres?host=${dir}`;
  return () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
