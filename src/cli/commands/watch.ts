import { DEFAULT_MAX_BYTES } from '../../extract/index.js';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { SafeFetcher } from '../../ingest/fetch/safe-fetcher.js';
import { defaultDatabasePath } from '../../store/paths.js';
import { isPostgresUrl } from '../../store/store-url.js';
import { openDocumentQueue, queueSink } from '../../worker/document-queue.js';
import { AnalysisPool, defaultAnalysisThreads } from '../../watch/analysis-pool.js';
import { openStores } from '../../watch/open-stores.js';
import { parseInterval } from '../../watch/parse-interval.js';
import { runWatch } from '../../watch/run-watch.js';
import { createJsonLogger } from '../../watch/watch-log.js';
import { parseByteSize, parseDbPath } from '../options.js';
import { parseHttpUrl } from './sources.js';
import { seconds } from './worker.js';

interface WatchFlags {
  every: number;
  once?: boolean;
  db: string;
  allowPrivate?: boolean;
  concurrency: number;
  maxItems: number;
  maxBytes: number;
  perHost: number;
  hostInterval: number;
  verbose?: boolean;
  timeout: number;
  jobTimeout: number;
  analysisThreads: number;
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('give a whole number of 1 or more');
  return Number(value);
}

function delay(value: string): number {
  if (/^0+(\.0+)?\s*(ms|s|m|h)?$/i.test(value.trim())) return 0;
  return interval(value);
}

function interval(value: string): number {
  const ms = parseInterval(value);
  if (ms === null) throw new InvalidArgumentError('give an interval such as 30s, 5m or 1h');
  return ms;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description(
      'poll feeds, sitemaps and pages; analyse and store new items; send alerts (JSON log lines on stderr)',
    )
    .argument(
      '[source...]',
      'http(s) URLs to watch (added to the store); none: every stored source',
      (v: string, prev: string[] = []) => [...prev, parseHttpUrl(v)],
    )
    .addOption(
      new Option('--every <interval>', 'time between passes (e.g. 30s, 5m, 1h)')
        .argParser(interval)
        .default(300_000, '5m'),
    )
    .option('--once', 'one pass, send due alerts, then exit (for cron)')
    .addOption(
      new Option('--db <path>', 'database file')
        .argParser(parseDbPath)
        .default(defaultDatabasePath(), '$SITREP_DB or ~/.local/share/sitrep/sitrep.db'),
    )
    .option('--allow-private', 'let sources reach loopback and private-network addresses')
    .option('--concurrency <n>', 'sources polled at once', positiveInt, 4)
    .option('--per-host <n>', 'requests at once per host', positiveInt, 2)
    .addOption(
      new Option('--host-interval <interval>', 'least time between requests to one host')
        .argParser(delay)
        .default(1000, '1s'),
    )
    .option('--max-items <n>', 'new items taken per source per pass', positiveInt, 50)
    .option(
      '--max-bytes <size>',
      'largest body accepted (e.g. 10MB)',
      parseByteSize,
      DEFAULT_MAX_BYTES,
    )
    .addOption(
      new Option(
        '--timeout <interval>',
        'time limit for one fetch in all, retries and their pauses included',
      )
        .argParser(interval)
        .default(30_000, '30s'),
    )
    .option('--verbose', 'log every fetch, 304s included')
    .option(
      '--analysis-threads <n>',
      'with a SQLite store: documents analysed at once, each in its own thread',
      positiveInt,
      defaultAnalysisThreads(),
    )
    .addOption(
      new Option(
        '--job-timeout <interval>',
        'with a PostgreSQL store: a queued job a dead worker held this long is retried',
      )
        .argParser(seconds)
        .default(900, '15m'),
    )
    .action(async (sources: string[] | undefined, flags: WatchFlags) => {
      process.exitCode = await runWatchCommand(sources ?? [], flags);
    });
}

async function runWatchCommand(sources: string[], flags: WatchFlags): Promise<number> {
  const json = createJsonLogger();
  const log: typeof json = (e) => {
    if (e.level !== 'debug' || flags.verbose) json(e);
  };
  const { store, repository } = await openStores(flags.db);
  // A PostgreSQL store has workers: fetched documents are queued for them, not analysed here.
  const boss = isPostgresUrl(flags.db) ? await openDocumentQueue(flags.db) : null;
  // Without workers, documents are analysed here, in threads: a slow one never holds the poll loop.
  const pool = boss ? null : new AnalysisPool(flags.analysisThreads, { maxBytes: flags.maxBytes });
  for (const url of sources) store.addSource(url);
  const chosen = new Set(sources);
  const controller = new AbortController();
  const stop = (): void => {
    log({
      level: 'info',
      event: 'stopping',
      message:
        'finishing the current items; alert deliveries get 10 s in all, the rest stay queued',
    });
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    // Said before the first pass: a long watch with no sources would otherwise sit silent.
    if (store.listSources().length === 0) {
      log({
        level: 'warn',
        event: 'no-sources',
        message: flags.once
          ? 'nothing to watch: give URLs or run `sitrep sources add`'
          : 'nothing to watch yet: sources added with `sitrep sources add` are picked up at the next pass',
      });
    }
    const fetcher = new SafeFetcher({
      allowPrivate: flags.allowPrivate === true,
      maxBytes: flags.maxBytes,
      maxDecodedBytes: flags.maxBytes * 5,
      perHostConcurrency: flags.perHost,
      perHostIntervalMs: flags.hostInterval,
      totalTimeoutMs: flags.timeout,
    });
    const total = await runWatch({
      store,
      repository,
      fetcher,
      ...(boss
        ? { sink: queueSink(boss, { jobTimeoutSeconds: flags.jobTimeout }) }
        : { analyze: pool!.analyze }),
      log,
      everyMs: flags.every,
      once: flags.once === true,
      concurrency: flags.concurrency,
      maxItemsPerPass: flags.maxItems,
      signal: controller.signal,
      ...(chosen.size > 0
        ? { sources: () => store.listSources().filter((s) => chosen.has(s.url)) }
        : {}),
    });
    return total.sourceErrors > 0 && flags.once ? 1 : 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await boss?.stop({ graceful: true, wait: true });
    await pool?.close();
    await repository.close();
    store.db.close();
  }
}
