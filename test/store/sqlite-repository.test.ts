import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { runRepositoryContract } from './repository-contract.js';

let n = 0;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));

runRepositoryContract('SQLite', () => openSqliteRepository(join(dir, `sub/${n++}.db`)));
