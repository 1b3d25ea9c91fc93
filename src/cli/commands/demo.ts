import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { readInputs } from '../../ingest/read-inputs.js';
import { analyze } from '../../pipeline.js';
import type { Repository } from '../../store/repository.js';
import { openSqliteRepository } from '../../store/sqlite-repository.js';
import type { ServeFlags } from './serve.js';
import { parsePort, serveUntilStopped } from './serve.js';
import { parseDbPath } from '../options.js';

/** The sample crisis Sitrep ships, beside dist/ and src/ in the package. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Ingests every .jsonl sample into the repository; ingest is idempotent, so reruns add nothing. */
export async function ingestExamples(
  repository: Repository,
  dir = EXAMPLES_DIR,
): Promise<{ read: number; added: number; events: number; failed: number }> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no .jsonl sample in ${dir}`);
  const tally = { read: 0, added: 0, events: 0, failed: 0 };
  for await (const result of readInputs(files)) {
    if ('error' in result) {
      tally.failed++;
      process.stderr.write(`sitrep demo: ${result.input}: ${result.error.message}\n`);
      continue;
    }
    tally.read++;
    let analysis;
    try {
      analysis = analyze(result.raw);
    } catch (err) {
      tally.failed++;
      process.stderr.write(
        `sitrep demo: ${result.input}: analysis failed: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      continue;
    }
    tally.events += analysis.events.length;
    const outcome = await repository.ingest(analysis);
    if (outcome.status !== 'duplicate') tally.added++;
  }
  return tally;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the sample crisis in examples/ into a demo database and serve the page')
    .option(
      '--port <port>',
      'port to listen on (0 picks a free one; default: PORT or 3000)',
      parsePort,
    )
    .option('--host <host>', 'address to listen on (loopback by default)', '127.0.0.1')
    .option(
      '--db <path>',
      'demo database file, kept between runs (default: a fresh one in a temporary folder, removed on exit)',
      parseDbPath,
    )
    .action(async (flags: ServeFlags) => {
      // The default demo starts fresh, so it shows what this version of Sitrep codes; its own
      // folder, so that it never replaces the database of another demo still running.
      const fresh = flags.db ? null : mkdtempSync(join(tmpdir(), 'sitrep-demo-'));
      const path = flags.db ?? join(fresh ?? '', 'demo.db');
      if (fresh) process.once('exit', () => rmSync(fresh, { recursive: true, force: true }));
      let repository: Repository;
      try {
        repository = await openSqliteRepository(path);
        const t = await ingestExamples(repository);
        process.stdout.write(
          `Demo database ${path}: read ${t.read} sample articles (${t.added} new, ${t.events} events coded)${t.failed ? `, ${t.failed} failed` : ''}.\n`,
        );
      } catch (err) {
        process.stderr.write(`sitrep demo: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
        return;
      }
      process.exitCode = await serveUntilStopped(repository, flags);
    });
}
