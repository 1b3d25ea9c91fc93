import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { Incident } from '../../model/index.js';
import type { IncidentFilter } from '../../store/repository.js';
import { ClaimStatus, EventType } from '../../model/index.js';
import { formatTable, withRepository } from '../../store/with-repository.js';
import { parseDateOption, parseDbPath } from '../options.js';
import { refuseUnknownIds } from '../unknown-ids.js';

interface TimelineFlags {
  db?: string;
  crisis?: string;
  since?: string;
  until?: string;
  actor?: string;
  status?: ClaimStatus;
  type?: EventType;
  limit: number;
  json?: boolean;
}

function parseLimit(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number above 0');
  return n;
}

/** `PRK → RUS` from an incident's parties. */
export function describeParties(i: Incident): string {
  const a = i.actors.map((r) => r.code).join(',');
  const r = i.recipients.map((x) => x.code).join(',');
  return r ? `${a || '?'} → ${r}` : a || '?';
}

/** Distinct sources of an incident's statements, or its outlets. */
export function describeSources(i: Incident): string {
  const s = [...new Set(i.statements.map((x) => x.source?.code ?? x.outlet ?? x.sourceKind))];
  return s.join(',') || '-';
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('incidents in date order, with claim status and sources')
    .option('--db <path>', 'the SQLite store', parseDbPath)
    .option('--crisis <id>', 'only this crisis (storyline)')
    .option('--since <date>', 'only incidents on or after this date', parseDateOption)
    .option('--until <date>', 'only incidents on or before this date', parseDateOption)
    .option('--actor <code>', 'only incidents involving this actor code (e.g. PRK)')
    .addOption(
      new Option('--status <status>', 'only this claim status').choices(ClaimStatus.options),
    )
    .addOption(new Option('--type <type>', 'only this PLOVER type').choices(EventType.options))
    .option('--limit <n>', 'at most this many incidents', parseLimit, 500)
    .option('--json', 'print JSON')
    .action(async (flags: TimelineFlags) => {
      process.exitCode = await withRepository(
        flags.db,
        async (repo) => {
          const refused = await refuseUnknownIds(repo, flags);
          if (refused !== null) return refused;
          const filter: IncidentFilter = { limit: flags.limit, order: 'oldest' };
          if (flags.crisis) filter.crisisId = flags.crisis;
          if (flags.since) filter.since = flags.since.slice(0, 10);
          if (flags.until) filter.until = flags.until.slice(0, 10);
          if (flags.actor) filter.actor = flags.actor.toUpperCase();
          if (flags.status) filter.status = flags.status;
          if (flags.type) filter.type = flags.type;
          const page = await repo.listIncidents(filter);
          if (flags.json) {
            process.stdout.write(JSON.stringify(page, null, 2) + '\n');
            return 0;
          }
          if (page.items.length === 0) {
            process.stdout.write('no incidents match (ingest articles with `sitrep ingest`)\n');
            return 0;
          }
          process.stdout.write(
            formatTable(
              ['date', 'type', 'parties', 'status', 'place', 'sources', 'reports', 'incident'],
              page.items.map((i) => [
                i.when?.date ?? `(${i.firstReported?.slice(0, 10) ?? '?'})`,
                i.mode ? `${i.type}/${i.mode}` : i.type,
                describeParties(i),
                i.status,
                i.place?.name ?? '-',
                describeSources(i),
                String(i.articleIds.length),
                i.id,
              ]),
            ),
          );
          if (page.total > page.items.length)
            process.stdout.write(`(${page.items.length} of ${page.total}; use --limit)\n`);
          return 0;
        },
        { existing: true },
      );
    });
}
