import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { runEventEval } from '../../eval/run-event-eval.js';
import { runExtractionEval } from '../../eval/run-extraction-eval.js';
import { runReportEval } from '../../eval/run-report-eval.js';
import { packageRoot } from '../../package-root.js';

interface EvalFlags {
  shared: string;
  verbose?: boolean;
  worst: number;
  page?: string;
}

const SUITES = ['all', 'events', 'gsr', 'report', 'extract'] as const;
type Suite = (typeof SUITES)[number];

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score Sitrep on the evaluation data in ../shared: events (dev-gold articles), gsr (PLOVER sentences), report (the merged report against the dev claim timeline), extract (article-extraction pages)',
    )
    .addArgument(
      program
        .createArgument('[suite]', 'what to score')
        .choices(SUITES as unknown as string[])
        .default('all'),
    )
    .addOption(
      new Option('--shared <dir>', 'folder holding corpus/ and eval/').default(
        resolve(packageRoot, '../shared'),
        '../shared beside the project',
      ),
    )
    .option('--verbose', 'list every miss and false alarm (extract: the worst pages)')
    .option('--worst <n>', 'extract: how many worst pages --verbose lists', parseCount, 10)
    .option('--page <id>', 'extract: score only pages whose id starts with this')
    .action(async (suite: Suite, flags: EvalFlags) => {
      try {
        const verbose = flags.verbose ?? false;
        const lines =
          suite === 'report'
            ? await runReportEval({ shared: flags.shared, verbose })
            : suite === 'extract'
              ? runExtractionEval({
                  shared: flags.shared,
                  verbose,
                  worst: flags.worst,
                  ...(flags.page ? { page: flags.page } : {}),
                })
              : runEventEval({
                  shared: flags.shared,
                  verbose,
                  ...(suite === 'all' ? {} : { only: suite }),
                });
        if (suite === 'all')
          lines.push(...(await runReportEval({ shared: flags.shared, verbose })));
        process.stdout.write(lines.join('\n') + '\n');
      } catch (err) {
        process.stderr.write(`sitrep eval: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    });
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number, e.g. 10');
  return n;
}
