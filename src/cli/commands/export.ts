import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { ExportFormat } from '../../export/format-incidents.js';
import { EXPORT_FORMATS, formatIncidents } from '../../export/format-incidents.js';
import { withRepository } from '../../store/with-repository.js';
import { parseDateOption, parseDbPath, parseOutPath } from '../options.js';

interface ExportFlags {
  db?: string;
  format: ExportFormat;
  out?: string;
  crisis?: string;
  since?: string;
  until?: string;
  json?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'write stored incidents as JSON Lines, CSV, GeoJSON, PLOVER event JSON or an Atom feed',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices([...EXPORT_FORMATS])
        .default('jsonl'),
    )
    .option('--out <file>', 'write to this file instead of stdout', parseOutPath)
    .option('--db <path>', 'the SQLite store', parseDbPath)
    .option('--crisis <id>', 'only this crisis (storyline)')
    .option('--since <date>', 'only incidents on or after this date', parseDateOption)
    .option('--until <date>', 'only incidents on or before this date', parseDateOption)
    .option('--json', 'print a JSON summary of what was written (with --out)')
    .action(async (flags: ExportFlags) => {
      process.exitCode = await withRepository(
        flags.db,
        async (repo) => {
          const page = await repo.listIncidents({
            limit: 1_000_000,
            order: 'oldest',
            ...(flags.crisis ? { crisisId: flags.crisis } : {}),
            ...(flags.since ? { since: flags.since.slice(0, 10) } : {}),
            ...(flags.until ? { until: flags.until.slice(0, 10) } : {}),
          });
          const text = formatIncidents(page.items, flags.format);
          if (!flags.out) {
            process.stdout.write(text);
            return 0;
          }
          try {
            writeFileSync(flags.out, text);
          } catch (err) {
            process.stderr.write(
              `sitrep: cannot write ${flags.out}: ${err instanceof Error ? err.message : String(err)}\n`,
            );
            return 1;
          }
          const summary = { format: flags.format, out: flags.out, incidents: page.items.length };
          process.stdout.write(
            flags.json
              ? JSON.stringify(summary) + '\n'
              : `wrote ${summary.incidents} incidents (${summary.format}) to ${summary.out}\n`,
          );
          return 0;
        },
        { existing: true },
      );
    });
}
