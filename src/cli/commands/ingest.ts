import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-inputs.js';
import type { IngestStep } from '../../store/ingest-batch.js';
import { ingestInputs } from '../../store/ingest-batch.js';
import { withRepository } from '../../store/with-repository.js';
import { parseByteSize, parseDateOption, parseDbPath } from '../options.js';

interface IngestFlags {
  db?: string;
  published?: string;
  json?: boolean;
  maxBytes: number;
  timeout: number;
  allowPrivate?: boolean;
}

/** One progress line for a log (no terminal). */
function describeStep(step: IngestStep): string {
  if ('error' in step) return `[${step.n}] failed ${step.input}: ${step.error}`;
  const o = step.outcome;
  const what =
    o.status === 'duplicate'
      ? `duplicate of ${o.sameAs}`
      : o.status === 'updated'
        ? `updated (new version of ${o.sameAs}), ${o.incidentIds.length} incidents`
        : `new ${o.articleId}, ${o.incidentIds.length} incidents`;
  return `[${step.n}] ${step.input}: ${what}`;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them, merged into incidents (same inputs as analyze)')
    .argument('<input...>', 'files, directories, http(s) URLs, .jsonl, or - for stdin')
    .option(
      '--db <path>',
      'the SQLite store (default: SITREP_DB or ~/.local/share/sitrep/sitrep.db)',
      parseDbPath,
    )
    .option(
      '--published <date>',
      'publication date for inputs that lack one (YYYY-MM-DD)',
      parseDateOption,
    )
    .option('--json', 'print the summary as JSON')
    .option(
      '--max-bytes <size>',
      'largest document accepted (e.g. 10MB)',
      parseByteSize,
      DEFAULT_MAX_BYTES,
    )
    .option('--timeout <seconds>', 'time limit for fetching a URL', Number, 20)
    .option('--allow-private', 'let URLs reach loopback and private-network addresses')
    .action(async (inputs: string[], flags: IngestFlags) => {
      process.exitCode = await withRepository(flags.db, async (repo) => {
        const tty = process.stderr.isTTY === true && !flags.json;
        const bar = tty
          ? new cliProgress.SingleBar(
              {
                format:
                  'ingest {value} articles | {new} new, {duplicate} duplicate, {updated} updated, {failed} failed | {input}',
                stream: process.stderr,
              },
              cliProgress.Presets.shades_classic,
            )
          : null;
        bar?.start(0, 0, { new: 0, duplicate: 0, updated: 0, failed: 0, input: '' });
        const summary = await ingestInputs(repo, inputs, {
          maxBytes: flags.maxBytes,
          timeoutMs: flags.timeout * 1000,
          allowPrivate: flags.allowPrivate === true,
          ...(flags.published ? { published: flags.published } : {}),
          onStep: (step, sum) => {
            if (bar) {
              bar.setTotal(step.n);
              bar.update(step.n, { ...sum, input: step.input.slice(-40) });
            } else if (!flags.json) process.stderr.write(describeStep(step) + '\n');
          },
        });
        bar?.stop();
        if (flags.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
        else {
          process.stdout.write(
            `${summary.new} new, ${summary.duplicate} duplicate, ${summary.updated} updated, ${summary.failed} failed\n`,
          );
          for (const d of summary.duplicates)
            process.stdout.write(`  duplicate: ${d.input} (same as ${d.sameAs})\n`);
          for (const f of summary.failures)
            process.stdout.write(`  failed: ${f.input}: ${f.reason}\n`);
        }
        return summary.failed > 0 ? 1 : 0;
      });
    });
}
