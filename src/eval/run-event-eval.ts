/**
 * Event evaluation (`sitrep eval`, `npm run eval`): scores Sitrep's events against the PLOVER
 * gold-standard sentences and the dev-gold article annotations in ../shared.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateEvents } from './event-eval.js';
import { evaluateGsr } from './gsr-eval.js';

export interface EventEvalOptions {
  /** The shared data folder (holds eval/plover-gsr and corpus). */
  shared: string;
  /** List every miss and false alarm, not only the first few. */
  verbose?: boolean;
  /** Run only the sentence-level (gsr) or the article-level (events) scoring. */
  only?: 'gsr' | 'events';
}

/** Refuses a missing evaluation folder: every suite reads its data from there. */
export function requireSharedFolder(shared: string): void {
  if (!existsSync(shared))
    throw new Error(
      `${shared} is missing; the evaluation data lives there (../shared beside the project)`,
    );
}

/** The article-level gold sets in ../shared/corpus, each scored on its own. */
const GOLD_SETS = [
  { name: 'dev-gold', corpus: 'corpus/dev.jsonl', gold: 'corpus/dev-gold.jsonl' },
  { name: 'dev2-gold', corpus: 'corpus/dev2.jsonl', gold: 'corpus/dev2-gold.jsonl' },
] as const;

/** Runs the chosen scorings and returns the report's lines. */
export function runEventEval(options: EventEvalOptions): string[] {
  const { shared, verbose = false, only } = options;
  requireSharedFolder(shared);
  const lines: string[] = [];
  if (!only || only === 'gsr')
    lines.push(...evaluateGsr(resolve(shared, 'eval/plover-gsr/dev.json'), verbose), '');
  if (!only || only === 'events')
    for (const set of GOLD_SETS)
      lines.push(
        ...evaluateEvents(
          {
            name: set.name,
            corpus: resolve(shared, set.corpus),
            gold: resolve(shared, set.gold),
            seed: resolve(shared, 'corpus/seed.txt'),
          },
          verbose,
        ),
        '',
      );
  return lines;
}
