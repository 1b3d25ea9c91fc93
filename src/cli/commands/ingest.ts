import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_MAX_BYTES, readInputs } from '../../ingest/read-inputs.js';
import type { Analysis } from '../../model/index.js';
import { analyze } from '../../pipeline.js';
import { StoreError } from '../../store/store-error.js';
import { withRepository } from '../../store/with-repository.js';
import { parseByteSize, parseDateOption } from '../options.js';

interface IngestFlags {
  db?: string;
  published?: string;
  json?: boolean;
  maxBytes: number;
  timeout: number;
  allowPrivate?: boolean;
}

interface Summary {
  new: number;
  duplicate: number;
  updated: number;
  failed: number;
  failures: { input: string; reason: string }[];
  duplicates: { input: string; sameAs: string }[];
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them, merged into incidents (same inputs as analyze)')
    .argument('<input...>', 'files, directories, http(s) URLs, .jsonl, or - for stdin')
    .option(
      '--db <path>',
      'the SQLite store (default: SITREP_DB or ~/.local/share/sitrep/sitrep.db)',
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
        const summary: Summary = {
          new: 0,
          duplicate: 0,
          updated: 0,
          failed: 0,
          failures: [],
          duplicates: [],
        };
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
        let n = 0;
        const fail = (input: string, reason: string): void => {
          summary.failed++;
          summary.failures.push({ input, reason });
          if (!tty) process.stderr.write(`[${n}] failed ${input}: ${reason}\n`);
        };
        for await (const result of readInputs(inputs, {
          maxBytes: flags.maxBytes,
          timeoutMs: flags.timeout * 1000,
          allowPrivate: flags.allowPrivate === true,
          ...(flags.published ? { published: flags.published } : {}),
        })) {
          n++;
          if ('error' in result) fail(result.input, result.error.message);
          else {
            let analysis: Analysis | null = null;
            try {
              analysis = analyze(result.raw);
            } catch (err) {
              fail(
                result.input,
                `analysis failed: ${err instanceof Error ? err.message : String(err)}`,
              );
            }
            if (analysis) {
              try {
                const out = await repo.ingest(analysis);
                summary[out.status]++;
                if (out.status === 'duplicate')
                  summary.duplicates.push({ input: result.input, sameAs: out.sameAs ?? '' });
                if (!tty && !flags.json) {
                  const what =
                    out.status === 'duplicate'
                      ? `duplicate of ${out.sameAs}`
                      : out.status === 'updated'
                        ? `updated (new version of ${out.sameAs}), ${out.incidentIds.length} incidents`
                        : `new ${out.articleId}, ${out.incidentIds.length} incidents`;
                  process.stderr.write(`[${n}] ${result.input}: ${what}\n`);
                }
              } catch (err) {
                fail(
                  result.input,
                  err instanceof StoreError
                    ? err.message
                    : `store failed: ${err instanceof Error ? err.message : String(err)}`,
                );
              }
            }
          }
          bar?.setTotal(n);
          bar?.update(n, { ...summary, input: result.input.slice(-40) });
        }
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
