import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { defaultDatabasePath } from '../../store/paths.js';
import { openWatchStore } from '../../watch/open-stores.js';
import { parseDbPath } from '../options.js';

/** An absolute http(s) URL, or a clear refusal. */
export function parseHttpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL: give an absolute http(s) address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError(`"${value}": only http and https URLs can be watched`);
  }
  return url.href;
}

export function registerSources(program: Command): void {
  const sources = program
    .command('sources')
    .description('the feeds, sitemaps and pages `sitrep watch` polls, kept in the store');
  const db = (): Option =>
    new Option('--db <path>', 'database file')
      .argParser(parseDbPath)
      .default(defaultDatabasePath(), '$SITREP_DB or ~/.local/share/sitrep/sitrep.db');
  sources
    .command('add')
    .description('add sources (RSS, Atom, RDF, JSON Feed, sitemap or page URLs)')
    .argument('<url...>', 'http(s) URLs', (v: string, prev: string[] = []) => [
      ...prev,
      parseHttpUrl(v),
    ])
    .addOption(
      new Option('--kind <kind>', 'what the sources are (auto: decided from the content)')
        .choices(['auto', 'feed', 'sitemap', 'page'])
        .default('auto'),
    )
    .addOption(db())
    .action((urls: string[], flags: { kind: 'auto' | 'feed' | 'sitemap' | 'page'; db: string }) => {
      const store = openWatchStore(flags.db);
      try {
        for (const url of urls) {
          const added = store.addSource(url, flags.kind);
          process.stdout.write(`${added ? 'added' : 'already watched'}: ${url}\n`);
        }
      } finally {
        store.db.close();
      }
    });
  sources
    .command('list')
    .description('list the sources with their last fetch state')
    .option('--json', 'one JSON object per line')
    .addOption(db())
    .action((flags: { json?: boolean; db: string }) => {
      const store = openWatchStore(flags.db);
      try {
        const list = store.listSources();
        if (list.length === 0 && !flags.json)
          process.stdout.write(
            'no sources yet; add feeds or sitemaps with `sitrep sources add URL`\n',
          );
        for (const s of list) {
          const st = store.getFetchState(s.url);
          if (flags.json) {
            process.stdout.write(JSON.stringify({ ...s, state: st }) + '\n');
          } else {
            const status = st.lastError
              ? `error x${st.failures}: ${st.lastError}`
              : (st.lastStatus ?? 'not fetched yet');
            process.stdout.write(`${s.url}\t${s.kind}\t${status}\n`);
          }
        }
      } finally {
        store.db.close();
      }
    });
  sources
    .command('rm')
    .description('stop watching sources')
    .argument('<url...>', 'URLs as listed')
    .addOption(db())
    .action((urls: string[], flags: { db: string }) => {
      const store = openWatchStore(flags.db);
      try {
        let missing = 0;
        for (const url of urls) {
          if (store.removeSource(url) || store.removeSource(safeHref(url))) {
            process.stdout.write(`removed: ${url}\n`);
          } else {
            missing++;
            process.stderr.write(
              `sitrep: ${url}: not a watched source (see sitrep sources list)\n`,
            );
          }
        }
        if (missing > 0) process.exitCode = 1;
      } finally {
        store.db.close();
      }
    });
}

function safeHref(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
