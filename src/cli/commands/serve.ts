import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { startServer } from '../../serve/server.js';
import { defaultDatabasePath } from '../../store/paths.js';
import type { Repository } from '../../store/repository.js';
import { openRepository, storeName } from '../../store/open-repository.js';
import { parseDbPath } from '../options.js';

export interface ServeFlags {
  /** Unset: PORT from the environment, else 3000. */
  port?: number;
  host: string;
  db?: string;
  /** Unset: SITREP_PUBLIC_URL from the environment, else none. */
  publicUrl?: string;
}

/** `3000` -> 3000; anything but a whole number in 0–65535 is refused with a clear message. */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535)
    throw new InvalidArgumentError('give a port number from 0 to 65535 (0 picks a free one)');
  return n;
}

/** The port when --port is not given: PORT from the environment (so `PORT=3001 npm start` works), else 3000. */
export function defaultPort(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.PORT?.trim();
  if (!fromEnv) return 3000;
  if (!/^\d+$/.test(fromEnv) || Number(fromEnv) > 65535)
    throw new Error(`PORT=${fromEnv}: give a port number from 0 to 65535 (0 picks a free one)`);
  return Number(fromEnv);
}

/** `https://sitrep.example.org`: an http(s) address with no path, query or fragment. */
export function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`${value} is not a URL; give e.g. https://sitrep.example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new InvalidArgumentError(
      `${value}: give the public address as http(s)://HOST[:PORT], e.g. https://sitrep.example.org`,
    );
  return url.origin;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Serves until SIGINT or SIGTERM, printing the address; closes the store on the way out. */
export async function serveUntilStopped(
  repository: Repository,
  flags: ServeFlags,
): Promise<number> {
  let server;
  try {
    const port = flags.port ?? defaultPort();
    const publicUrl = flags.publicUrl ?? process.env.SITREP_PUBLIC_URL;
    server = await startServer({
      repository,
      port,
      host: flags.host,
      ...(publicUrl ? { publicUrl: parsePublicUrl(publicUrl) } : {}),
    });
  } catch (err) {
    await repository.close();
    process.stderr.write(`sitrep serve: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  if (!LOOPBACK.has(flags.host))
    process.stderr.write(
      `sitrep serve: listening on ${flags.host}: the page is reachable from other machines\n`,
    );
  process.stdout.write(`Sitrep is serving the live situation page at ${server.url}/\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await repository.close();
  return 0;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the live situation page, the JSON API, Atom feeds and GeoJSON')
    .option(
      '--port <port>',
      'port to listen on (0 picks a free one; default: PORT or 3000)',
      parsePort,
    )
    .option('--host <host>', 'address to listen on (loopback by default)', '127.0.0.1')
    .option('--db <path>', `database file (default: ${defaultDatabasePath()})`, parseDbPath)
    .option(
      '--public-url <url>',
      'the address people reach the page at (default: SITREP_PUBLIC_URL); feed links use it and other Host headers are refused',
      parsePublicUrl,
    )
    .action(async (flags: ServeFlags) => {
      const path = flags.db ?? defaultDatabasePath();
      let repository: Repository;
      try {
        repository = await openRepository(path);
      } catch (err) {
        process.stderr.write(
          `sitrep serve: cannot open the database ${storeName(path)}: ${err instanceof Error ? err.message : String(err)}\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.exitCode = await serveUntilStopped(repository, flags);
    });
}
