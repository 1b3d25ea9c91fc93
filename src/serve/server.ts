import type { ServerType } from '@hono/node-server';
import { serve } from '@hono/node-server';
import type { Repository } from '../store/repository.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the Sitrep app on `host:port` (loopback by default); resolves once it is listening.
 *
 * @example
 * const server = await startServer({ repository, port: 3000 });
 * console.log(server.url);
 */
export function startServer(options: {
  repository: Repository;
  port?: number;
  host?: string;
  pollMs?: number;
  /** The address people reach the server at; see AppOptions. */
  publicUrl?: string;
}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // The address listened on, once known: feed links without a public URL use it.
  let listening = `http://${host.includes(':') ? `[${host}]` : host}:${options.port ?? 3000}`;
  const sitrep = createApp({
    repository: options.repository,
    ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    listenUrl: () => listening,
  });
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    const onError = (err: NodeJS.ErrnoException) => {
      void sitrep.close();
      if (err.code === 'EADDRINUSE')
        reject(
          new Error(
            `port ${options.port ?? 3000} on ${host} is in use: pick another with --port, or PORT=3001 before the command (PORT=3001 npm start)`,
          ),
        );
      else if (err.code === 'EACCES')
        reject(
          new Error(
            `no permission to listen on ${host}:${options.port ?? 3000}: use a port above 1023`,
          ),
        );
      else reject(err);
    };
    server = serve(
      { fetch: sitrep.app.fetch, port: options.port ?? 3000, hostname: host },
      (info) => {
        server?.off('error', onError);
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        listening = `http://${shown}:${info.port}`;
        resolve({
          url: listening,
          close: async () => {
            // Open event streams would keep close() waiting forever.
            (server as unknown as { closeAllConnections?: () => void })?.closeAllConnections?.();
            // The store closes after this: wait too for a live poll that is still reading it.
            await Promise.all([
              new Promise<void>((done) => server?.close(() => done())),
              sitrep.close(),
            ]);
          },
        });
      },
    );
    server.once('error', onError);
  });
}
