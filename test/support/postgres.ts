import { randomBytes } from 'node:crypto';
import pg from 'pg';

const HOW =
  'install PostgreSQL (`apt-get install postgresql`: the test setup then starts a throwaway cluster) or set SITREP_TEST_PG=postgres://user@host/db';

let told = false;

/**
 * The server the PostgreSQL tests use (SITREP_TEST_PG, set by .ci/postgres.sh or the test
 * setup), or null on a developer's machine without PostgreSQL, where it says once how to get it.
 * Under CI a missing server is an error, never a silent skip.
 */
export function testPostgresUrl(): string | null {
  const url = process.env.SITREP_TEST_PG;
  if (url) return url;
  if (process.env.CI)
    throw new Error(`SITREP_TEST_PG is not set and no PostgreSQL server was found: ${HOW}`);
  if (!told) process.stderr.write(`PostgreSQL tests skipped: ${HOW}\n`);
  told = true;
  return null;
}

/** Creates an empty database on the test server and returns its URL. */
export async function freshPgDatabase(serverUrl: string): Promise<string> {
  const name = `sitrep_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
