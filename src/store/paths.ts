import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the embedded database lives unless `--db` or SITREP_DB says otherwise. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SITREP_DB) return env.SITREP_DB;
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'sitrep', 'sitrep.db');
}
