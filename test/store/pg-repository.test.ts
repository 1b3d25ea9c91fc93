import { describe, it } from 'vitest';
import { openPgRepository } from '../../src/store/pg-repository.js';
import { freshPgDatabase, testPostgresUrl } from '../support/postgres.js';
import { runRepositoryContract } from './repository-contract.js';

const server = testPostgresUrl();

if (server)
  runRepositoryContract('PostgreSQL', async () => openPgRepository(await freshPgDatabase(server)));
else describe.skip('Repository contract: PostgreSQL (no server)', () => it('needs PostgreSQL'));
