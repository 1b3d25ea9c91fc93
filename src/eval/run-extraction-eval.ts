/**
 * Extraction evaluation (`sitrep eval extract`, `npm run eval:extract`): scores Sitrep's body text
 * on ../shared/eval/article-extraction with the benchmark's shingle metric, side by side with plain
 * readability over linkedom on the same pages.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle } from '../extract/index.js';
import { htmlLibraries } from '../extract/html/html-libraries.js';
import { gunzipPage, readBenchmarkPages, type BenchmarkPage } from './extraction-pages.js';
import { scorePage, scoreSet, type PageScore } from './shingle-score.js';

export interface ExtractionEvalOptions {
  /** The shared data folder (holds eval/article-extraction). */
  shared: string;
  /** Also list the worst pages with their extra and missed shingles. */
  verbose?: boolean;
  /** How many worst pages to list with verbose (default 10). */
  worst?: number;
  /** Score only pages whose id starts with this. */
  page?: string;
}

interface Run {
  name: string;
  scores: PageScore[];
  ms: number;
  failures: number;
}

function runSitrep(page: BenchmarkPage): string {
  return extractArticle({ source: page.id, url: page.url, format: 'html', body: page.gz }).text;
}

function runReadability(page: BenchmarkPage): string {
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(gunzipPage(page));
  const parsed = new Readability(document as unknown as Document).parse();
  return parsed?.textContent ?? '';
}

function runAll(name: string, pages: BenchmarkPage[], extract: (p: BenchmarkPage) => string): Run {
  const scores: PageScore[] = [];
  let failures = 0;
  const started = performance.now();
  for (const page of pages) {
    let text = '';
    try {
      text = extract(page);
    } catch (err) {
      failures += 1;
      process.stderr.write(
        `${name} ${page.id}: ${err instanceof Error ? err.message : String(err)}\n`,
      );
    }
    scores.push(scorePage(page.expected, text));
  }
  return { name, scores, ms: (performance.now() - started) / Math.max(1, pages.length), failures };
}

function formatRow(run: Run): string {
  const s = scoreSet(run.scores);
  const f = (x: number): string => x.toFixed(3).padStart(9);
  return `${run.name.padEnd(12)}${f(s.f1)}${f(s.precision)}${f(s.recall)}${f(s.accuracy)}${run.ms.toFixed(1).padStart(9)}${String(run.failures).padStart(9)}`;
}

/** Scores both extractors on every development page and returns the report's lines. */
export function runExtractionEval(options: ExtractionEvalOptions): string[] {
  const folder = resolve(options.shared, 'eval/article-extraction');
  const { verbose = false, worst = 10, page: only } = options;
  if (!existsSync(folder))
    throw new Error(
      `${folder} is missing; it holds the benchmark pages (../shared beside the project)`,
    );
  const pages = readBenchmarkPages(folder).filter((p) => !only || p.id.startsWith(only));
  // Warm both up on one page so that module loading does not count as extraction time.
  if (pages[0]) {
    runSitrep(pages[0]);
    runReadability(pages[0]);
  }
  const sitrep = runAll('sitrep', pages, runSitrep);
  const readability = runAll('readability', pages, runReadability);
  const lines = [
    `article-extraction benchmark (development half): ${pages.length} pages, ${folder}`,
    `${'extractor'.padEnd(12)}${'F1'.padStart(9)}${'prec'.padStart(9)}${'recall'.padStart(9)}${'accuracy'.padStart(9)}${'ms/page'.padStart(9)}${'failed'.padStart(9)}`,
    formatRow(sitrep),
    formatRow(readability),
  ];
  if (verbose) {
    const order = sitrep.scores
      .map((s, i) => ({ s, i, loss: 2 - s.precision - s.recall }))
      .sort((a, b) => b.loss - a.loss)
      .slice(0, worst);
    for (const { s, i } of order) {
      const page = pages[i];
      const base = readability.scores[i];
      if (!page || !base) continue;
      lines.push(
        '',
        `## ${page.id.slice(0, 12)} ${page.url}`,
        `   sitrep P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}   readability P ${base.precision.toFixed(3)} R ${base.recall.toFixed(3)}`,
        `   extra:  ${s.extra.slice(0, 25).join(' | ')}`,
        `   missed: ${s.missed.slice(0, 25).join(' | ')}`,
      );
    }
  }
  return lines;
}
