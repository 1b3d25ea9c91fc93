import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { analyze } from '../../pipeline.js';
import { openRepository, storeName } from '../../store/open-repository.js';
import { defaultDatabasePath } from '../../store/paths.js';
import { isPostgresUrl } from '../../store/store-url.js';
import { createJsonLogger } from '../../watch/watch-log.js';
import { parseInterval } from '../../watch/parse-interval.js';
import { openDocumentQueue } from '../../worker/document-queue.js';
import { runWorker } from '../../worker/run-worker.js';

interface WorkerFlags {
  db: string;
  superviseEvery: number;
}

/** An interval option in whole seconds (at least 1). */
export function seconds(value: string): number {
  const ms = parseInterval(value);
  if (ms === null || ms < 1000) throw new InvalidArgumentError('give 1s or more, e.g. 30s or 15m');
  return Math.round(ms / 1000);
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'take documents `sitrep watch` queued in PostgreSQL, analyse and store them (run any number)',
    )
    .addOption(
      new Option('--db <url>', 'the PostgreSQL store (postgres://...)').default(
        defaultDatabasePath(),
        '$SITREP_DB',
      ),
    )
    .addOption(
      new Option('--supervise-every <interval>', 'how often timed-out jobs are looked for')
        .argParser(seconds)
        .default(30, '30s'),
    )
    .action(async (flags: WorkerFlags) => {
      process.exitCode = await runWorkerCommand(flags);
    });
}

async function runWorkerCommand(flags: WorkerFlags): Promise<number> {
  if (!isPostgresUrl(flags.db)) {
    process.stderr.write(
      'sitrep worker: workers share a PostgreSQL store: give --db postgres://... (or SITREP_DB); with SQLite, `sitrep watch` analyses and stores by itself\n',
    );
    return 2;
  }
  const log = createJsonLogger();
  let repository;
  let boss;
  try {
    repository = await openRepository(flags.db);
    boss = await openDocumentQueue(flags.db, { superviseEverySeconds: flags.superviseEvery });
  } catch (err) {
    process.stderr.write(
      `sitrep worker: cannot open ${storeName(flags.db)}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    await repository?.close();
    return 2;
  }
  const stop = await runWorker({ boss, repository, analyze: (raw) => analyze(raw), log });
  log({ level: 'info', event: 'worker-ready', message: 'waiting for jobs' });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log({ level: 'info', event: 'stopping', message: 'finishing the current job' });
  await stop();
  await boss.stop({ graceful: true, wait: true });
  await repository.close();
  return 0;
}
