import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBenchmarkPages } from '../eval/extraction-pages.js';
import { extractArticle } from '../extract/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = resolve(repoRoot, '../shared/eval/article-extraction');
const MB = 1024 * 1024;

/**
 * Extraction throughput and peak memory over the article-extraction benchmark pages (gzip
 * HTML, decoded and extracted as ingest would hand them over); prints the figures.
 *
 * @example
 * await benchExtract();
 */
export async function benchExtract(): Promise<void> {
  if (!existsSync(folder)) {
    process.stdout.write(`extract: skipped, ${folder} is missing\n`);
    return;
  }
  const pages = readBenchmarkPages(folder);
  const rounds = 3;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let chars = 0;
  // One warm-up pass: module loading and JIT should not count as extraction time.
  for (const p of pages.slice(0, 5)) extractArticle({ source: p.id, format: 'html', body: p.gz });
  const started = performance.now();
  for (let r = 0; r < rounds; r += 1) {
    for (const p of pages) {
      chars += extractArticle({ source: p.id, url: p.url, format: 'html', body: p.gz }).text.length;
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    await new Promise((done) => setImmediate(done));
  }
  const seconds = (performance.now() - started) / 1000;
  const n = pages.length * rounds;
  const lines = [
    `pages: ${pages.length} x ${rounds} rounds (${folder})`,
    `throughput: ${(n / seconds).toFixed(1)} pages/s, ${((seconds * 1000) / n).toFixed(1)} ms/page, ${(chars / rounds / pages.length).toFixed(0)} chars of text/page`,
    `peak memory: RSS ${(peakRss / MB).toFixed(0)} MB (start ${(base.rss / MB).toFixed(0)} MB), heap ${(peakHeap / MB).toFixed(0)} MB (start ${(base.heapUsed / MB).toFixed(0)} MB)${gc ? '' : ' (run with --expose-gc for a settled start)'}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
