import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of the article-extraction benchmark: its raw (gzip) bytes and the expected body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  gz: Uint8Array;
  expected: string;
}

const truthShape = (v: unknown): v is Record<string, { articleBody?: unknown; url?: unknown }> =>
  typeof v === 'object' && v !== null;

/** Reads the benchmark folder (`html/<id>.html.gz` and `ground-truth.json`); throws if it is missing. */
export function readBenchmarkPages(folder: string): BenchmarkPage[] {
  const truthFile = resolve(folder, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new Error(
      `${truthFile} is missing: the article-extraction benchmark lives in ../shared/eval/article-extraction`,
    );
  }
  const truth: unknown = JSON.parse(readFileSync(truthFile, 'utf8'));
  if (!truthShape(truth)) throw new Error(`${truthFile}: expected an object of pages`);
  const pages: BenchmarkPage[] = [];
  for (const name of readdirSync(resolve(folder, 'html')).sort()) {
    const id = name.replace(/\.html\.gz$/, '');
    const entry = truth[id];
    if (!entry || typeof entry.articleBody !== 'string') continue;
    pages.push({
      id,
      url: typeof entry.url === 'string' ? entry.url : '',
      gz: readFileSync(resolve(folder, 'html', name)),
      expected: entry.articleBody,
    });
  }
  return pages;
}

/** The page's HTML as UTF-8 text, for extractors that take a string (the baseline). */
export function gunzipPage(page: BenchmarkPage): string {
  return gunzipSync(page.gz).toString('utf8');
}
