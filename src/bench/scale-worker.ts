/**
 * One ingesting process of `npm run bench -- scale`: analyses and stores composed articles
 * `from`..`to` (exclusive) into the store `db` names, then prints one JSON line: how many, how
 * long, and the process's peak RSS.
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
  for (let i = Number(fromArg); i < Number(toArg); i++) {
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
  process.stdout.write(JSON.stringify({ stored, ms, peakRssMb }) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(
    `scale worker failed: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exitCode = 1;
});
