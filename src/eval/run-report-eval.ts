/**
 * Report evaluation (`sitrep eval report`): ingests the English dev articles and the seed into a
 * fresh temporary store through the real ingest path, then scores the merged report against the
 * gold claim timeline `corpus/dev-claims.jsonl` (see `dev-claims-README.md` beside it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestInputs } from '../store/ingest-batch.js';
import { openSqliteRepository } from '../store/sqlite-repository.js';
import { formatClaimDetail, formatScores } from './report-format.js';
import { readGoldClaims } from './report-gold.js';
import { readReport, scoreReport } from './report-eval.js';
import { requireSharedFolder } from './run-event-eval.js';

export interface ReportEvalOptions {
  /** The shared data folder (holds corpus/). */
  shared: string;
  /** Print each claim's gold history and figures beside Sitrep's. */
  verbose?: boolean;
}

/** The seed's publication date, as the gold dates it. */
const SEED_PUBLISHED = '2024-11-06';

/** Writes the gold's input (English dev records plus the seed) as one JSON Lines file. */
function writeCorpus(shared: string, dir: string): string {
  const records = readFileSync(resolve(shared, 'corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { lang?: string })
    .filter((r) => r.lang === 'en');
  const seed = resolve(shared, 'corpus/seed.txt');
  if (existsSync(seed))
    records.push({ id: 'seed', text: readFileSync(seed, 'utf8'), published: SEED_PUBLISHED } as {
      lang?: string;
    });
  const file = join(dir, 'report-corpus.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

/** Runs the report evaluation and returns its lines. */
export async function runReportEval(options: ReportEvalOptions): Promise<string[]> {
  requireSharedFolder(options.shared);
  const gold = resolve(options.shared, 'corpus/dev-claims.jsonl');
  if (!existsSync(gold) || !existsSync(resolve(options.shared, 'corpus/dev.jsonl')))
    return [`report: ${gold} or corpus/dev.jsonl is missing; skipped`];
  const claims = readGoldClaims(gold);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));
  try {
    const repo = await openSqliteRepository(join(dir, 'report.db'));
    try {
      const corpusIds = new Map<string, string[]>();
      const summary = await ingestInputs(repo, [writeCorpus(options.shared, dir)], {
        onStep: (step) => {
          if (!('outcome' in step)) return;
          const storeId = step.outcome.sameAs ?? step.outcome.articleId;
          corpusIds.set(storeId, [...(corpusIds.get(storeId) ?? []), step.input]);
        },
      });
      const incidents = await readReport(repo, corpusIds);
      const lines = [
        `report (${gold}): ${claims.length} gold claims; ${summary.new} articles stored (${summary.duplicate} duplicates, ${summary.failed} failed), ${incidents.length} incidents`,
      ];
      for (const rule of ['core', 'reciprocal'] as const) {
        const scores = scoreReport(claims, incidents, rule);
        lines.push(
          `  matching rule: ${rule === 'core' ? 'core' : 'core + reciprocal coding'} (one incident per claim: most shared articles, then date, then mode)`,
          ...formatScores(scores),
        );
        if (options.verbose && rule === 'reciprocal')
          lines.push(
            '  claims, gold beside Sitrep (core + reciprocal coding):',
            ...scores.flatMap(formatClaimDetail),
          );
      }
      return lines;
    } finally {
      await repo.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
