import type { Command } from 'commander';
import { withRepository } from '../../store/with-repository.js';
import { refuseUnknownIds } from '../unknown-ids.js';
import { describeParties } from './timeline.js';
import { parseDbPath } from '../options.js';

interface ClaimsFlags {
  db?: string;
  crisis?: string;
  json?: boolean;
}

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description(
      'claims (incidents with statements) and how their status changed, who said what, when',
    )
    .option('--db <path>', 'the SQLite store', parseDbPath)
    .option('--crisis <id>', 'only this crisis (storyline)')
    .option('--json', 'print JSON')
    .action(async (flags: ClaimsFlags) => {
      process.exitCode = await withRepository(
        flags.db,
        async (repo) => {
          const refused = await refuseUnknownIds(repo, flags);
          if (refused !== null) return refused;
          const page = await repo.listIncidents({
            limit: 100000,
            order: 'oldest',
            ...(flags.crisis ? { crisisId: flags.crisis } : {}),
          });
          const claims = page.items.filter((i) =>
            i.statements.some((s) => s.sourceKind !== 'outlet'),
          );
          if (flags.json) {
            process.stdout.write(JSON.stringify(claims, null, 2) + '\n');
            return 0;
          }
          if (claims.length === 0) process.stdout.write('no claims stored\n');
          for (const i of claims) {
            process.stdout.write(
              `${i.id}  ${i.type} ${describeParties(i)}  ${i.when?.date ?? ''}  now ${i.status.toUpperCase()}\n  ${i.summary}\n`,
            );
            for (const h of i.history)
              process.stdout.write(
                `    ${h.on ?? '?'.padEnd(10)}  -> ${h.status.padEnd(9)}  ${h.because}\n`,
              );
            for (const s of i.statements)
              process.stdout.write(
                `      ${s.saidOn ?? s.published ?? '?'}  ${(s.source?.code ?? s.sourceKind).padEnd(7)} ${s.stance.padEnd(12)} ${s.outlet ?? s.articleId}: "${s.evidence.text.slice(0, 100)}"\n`,
              );
            for (const f of i.figures)
              process.stdout.write(
                `      figure ${f.saidOn ?? '?'}  ${f.quantity.value ?? f.quantity.qualifier} ${f.quantity.unit} (${f.source?.code ?? 'outlet'})\n`,
              );
          }
          return 0;
        },
        { existing: true },
      );
    });
}
