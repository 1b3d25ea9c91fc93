import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Analysis } from '../../src/model/index.js';
import { type AppOptions, createApp, type SitrepApp } from '../../src/serve/app.js';
import type { Repository } from '../../src/store/repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';

/** A real SQLite store in a temporary folder and the app over it, for one test file. */
export interface ServedApp {
  repo: Repository;
  sitrep: SitrepApp;
  /** Asks the app for `path` through Hono's `app.request()`. */
  get(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Opens a store before the file's tests, ingests `analyses()` into it and builds the app with
 * `options`; closes both and removes the folder after them. Read the fields inside tests only.
 */
export function serveForTests(
  analyses: () => Analysis[],
  options: Omit<AppOptions, 'repository'> = {},
): ServedApp {
  let dir = '';
  const served = {
    get: (path: string, init?: RequestInit) => served.sitrep.app.request(path, init),
  } as ServedApp;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
    served.repo = await openSqliteRepository(join(dir, 'store.db'));
    for (const analysis of analyses()) await served.repo.ingest(analysis);
    served.sitrep = createApp({ repository: served.repo, ...options });
  });
  afterAll(async () => {
    await served.sitrep.close();
    await served.repo.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return served;
}
