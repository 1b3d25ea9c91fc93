/**
 * One ingesting process of `npm run bench -- scale`: analyses and stores composed articles
 * `from`..`to` (exclusive) into the store `db` names, then prints one JSON line: how many, how
 * long, the process's peak RSS, and every 1,000 articles its RSS and V8 heap (after a full GC
 * when run with --expose-gc, so `heapUsedMb` is the live heap).
 *
 * Usage: node dist/bench/scale-worker.js DB FROM TO [synthetic]
 */
import { analyze } from '../pipeline.js';
import { openRepository } from '../store/open-repository.js';
import { composeArticle, syntheticAnalysis } from './store.js';

async function main(): Promise<void> {
  const [db, fromArg, toArg, mode] = process.argv.slice(2);
  if (!db || !fromArg || !toArg) throw new Error('usage: scale-worker DB FROM TO [synthetic]');
  const repo = await openRepository(db);
  const started = performance.now();
  let stored = 0;
  const samples: { articles: number; rssMb: number; heapUsedMb: number; heapTotalMb: number }[] =
    [];
  const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
  for (let i = Number(fromArg); i < Number(toArg); i++) {
    if (i > Number(fromArg) && i % 1000 === 0) {
      globalThis.gc?.();
      const m = process.memoryUsage();
      samples.push({
        articles: i - Number(fromArg),
        rssMb: mb(m.rss),
        heapUsedMb: mb(m.heapUsed),
        heapTotalMb: mb(m.heapTotal),
      });
    }
    const doc = composeArticle(i);
    const analysis =
      mode === 'synthetic' ? syntheticAnalysis(i) : analyze(doc.text, { published: doc.published });
    const outcome = await repo.ingest(analysis);
    if (outcome.status !== 'duplicate') stored++;
  }
  await repo.settle();
  const ms = performance.now() - started;
  await repo.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ stored, ms, peakRssMb, samples }) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(
    `scale worker failed: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exitCode = 1;
});
