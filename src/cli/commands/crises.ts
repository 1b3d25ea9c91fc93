import type { Command } from 'commander';
import { formatTable, withRepository } from '../../store/with-repository.js';
import { parseDbPath } from '../options.js';

interface CrisesFlags {
  db?: string;
  json?: boolean;
}

export function registerCrises(program: Command): void {
  program
    .command('crises')
    .description(
      'storylines: incidents the news reports together, latest activity first (ids for --crisis)',
    )
    .option('--db <path>', 'the SQLite store', parseDbPath)
    .option('--json', 'print JSON')
    .action(async (flags: CrisesFlags) => {
      process.exitCode = await withRepository(
        flags.db,
        async (repo) => {
          // Latest activity first: a storyline still running heads the list.
          const crises = (await repo.listCrises()).sort(
            (a, b) =>
              (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || a.name.localeCompare(b.name),
          );
          if (flags.json) {
            process.stdout.write(JSON.stringify({ items: crises }, null, 2) + '\n');
            return 0;
          }
          if (crises.length === 0) {
            process.stdout.write('no crises yet (ingest articles with `sitrep ingest`)\n');
            return 0;
          }
          process.stdout.write(
            formatTable(
              ['from', 'to', 'incidents', 'name', 'parties', 'crisis'],
              crises.map((c) => [
                c.firstDate ?? '?',
                c.lastDate ?? '?',
                String(c.incidentIds.length),
                c.name,
                c.actors.slice(0, 4).join(',') + (c.actors.length > 4 ? ',…' : ''),
                c.id,
              ]),
            ),
          );
          process.stdout.write('(`sitrep timeline --crisis ID` follows one)\n');
          return 0;
        },
        { existing: true },
      );
    });
}
