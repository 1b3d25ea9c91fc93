import type { Command } from 'commander';
import { Option } from 'commander';
import { readInputs, DEFAULT_MAX_BYTES } from '../../ingest/read-inputs.js';
import type { Analysis } from '../../model/index.js';
import { explainEvents } from '../../code/index.js';
import { analyze, annotateArticle, extractArticle } from '../../pipeline.js';
import { formatAnalysisText, formatExplanation } from '../format-analysis.js';
import { parseByteSize, parseDateOption, reportInputError } from '../options.js';

interface AnalyzeFlags {
  format?: 'json' | 'jsonl' | 'text';
  published?: string;
  url?: string;
  maxBytes: number;
  timeout: number;
  allowPrivate?: boolean;
  explain?: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'analyse articles and print their events (files, directories, URLs, - for stdin, .jsonl)',
    )
    .argument(
      '[input...]',
      'files (.html .htm .txt, or .gz), directories, http(s) URLs, .jsonl, or -',
      ['-'],
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'json (one document), jsonl (a line per input), or text',
      ).choices(['json', 'jsonl', 'text']),
    )
    .option(
      '--published <date>',
      'publication date for inputs that lack one (YYYY-MM-DD)',
      parseDateOption,
    )
    .option('--url <url>', 'address for inputs that lack one')
    .option(
      '--max-bytes <size>',
      'largest document accepted (e.g. 10MB)',
      parseByteSize,
      DEFAULT_MAX_BYTES,
    )
    .option('--timeout <seconds>', 'time limit for fetching a URL', Number, 20)
    .option('--allow-private', 'let URLs reach loopback and private-network addresses')
    .option(
      '--explain',
      'print, per sentence, each rule that fired and why (to stderr with --format json/jsonl)',
    )
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(inputs, flags);
    });
}

async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const results: { input: string; analysis: Analysis }[] = [];
  const format = flags.format ?? (inputs.length > 1 || inputs.some(isMany) ? 'jsonl' : 'json');
  let failed = 0;
  const stream = readInputs(inputs, {
    maxBytes: flags.maxBytes,
    timeoutMs: flags.timeout * 1000,
    allowPrivate: flags.allowPrivate === true,
    ...(flags.published ? { published: flags.published } : {}),
    ...(flags.url ? { url: flags.url } : {}),
  });
  for await (const result of stream) {
    if ('error' in result) {
      failed++;
      reportInputError(result.input, result.error.message);
      continue;
    }
    let analysis: Analysis;
    try {
      if (flags.explain) {
        const annotated = annotateArticle(extractArticle(result.raw, { maxBytes: flags.maxBytes }));
        const coded = explainEvents(annotated);
        analysis = { ...annotated, events: coded.events };
        const text = formatExplanation(result.input, coded.explanation) + '\n';
        if (flags.format) process.stderr.write(text);
        else {
          process.stdout.write(text + formatAnalysisText(result.input, analysis) + '\n');
          continue;
        }
      } else analysis = analyze(result.raw, { maxBytes: flags.maxBytes });
    } catch (err) {
      failed++;
      reportInputError(result.input, err instanceof Error ? err.message : String(err));
      continue;
    }
    if (format === 'jsonl')
      process.stdout.write(JSON.stringify({ input: result.input, ...analysis }) + '\n');
    else if (format === 'text')
      process.stdout.write(formatAnalysisText(result.input, analysis) + '\n');
    else results.push({ input: result.input, analysis });
  }
  if (format === 'json') {
    const doc =
      results.length === 1
        ? results[0]?.analysis
        : results.map((r) => ({ input: r.input, ...r.analysis }));
    if (doc !== undefined) process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

function isMany(input: string): boolean {
  return input.toLowerCase().endsWith('.jsonl');
}
