import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { searchResults } from '../../serve/search-results.js';
import { formatTable, withRepository } from '../../store/with-repository.js';
import { parseDbPath } from '../options.js';

interface SearchFlags {
  db?: string;
  limit: number;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles and event evidence')
    .argument('<query...>', 'words to find (all must occur)')
    .option('--db <path>', 'the SQLite store', parseDbPath)
    .option(
      '--limit <n>',
      'at most this many hits',
      (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1)
          throw new InvalidArgumentError('give a whole number above 0');
        return n;
      },
      20,
    )
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: SearchFlags) => {
      process.exitCode = await withRepository(
        flags.db,
        async (repo) => {
          const hits = await searchResults(repo, words.join(' '), flags.limit);
          if (flags.json) {
            process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
            return 0;
          }
          if (hits.length === 0) {
            process.stdout.write('no matches\n');
            return 0;
          }
          process.stdout.write(
            formatTable(
              ['published', 'title', 'outlet', 'id', 'snippet'],
              hits.map((h) => [
                h.published?.slice(0, 10) ?? '-',
                h.title.length > 60 ? `${h.title.slice(0, 59)}…` : h.title,
                h.outlet,
                h.incidentId ?? h.articleId,
                h.snippet.replace(/\s+/g, ' '),
              ]),
            ),
          );
          return 0;
        },
        { existing: true },
      );
    });
}
