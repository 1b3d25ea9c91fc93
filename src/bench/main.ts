/**
 * `npm run bench`: runs every benchmark in turn and prints its figures. Each benchmark is a module
 * exporting one async function; add new ones to this list.
 */
import { benchAnnotateLoad } from './annotate-load.js';
import { benchCode } from './code.js';
import { benchExtract } from './extract.js';
import { benchHostile } from './hostile.js';
import { benchServe } from './serve.js';
import { benchWatchSoak } from './watch-soak.js';
import { benchStore } from './store.js';
import { benchScale } from './scale.js';

const BENCHMARKS: { name: string; run: () => Promise<void> }[] = [
  { name: 'extract', run: benchExtract },
  { name: 'code', run: benchCode },
  { name: 'annotate-load', run: benchAnnotateLoad },
  { name: 'serve', run: benchServe },
  { name: 'watch-soak', run: benchWatchSoak },
  { name: 'store', run: benchStore },
  { name: 'hostile', run: benchHostile },
  { name: 'scale', run: benchScale },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: no benchmark named ${unknown.join(', ')}; name one or more of ${BENCHMARKS.map((b) => b.name).join(', ')}, or none to run them all\n`,
    );
    process.exitCode = 2;
    return;
  }
  for (const bench of BENCHMARKS) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    process.stdout.write(`\n## ${bench.name}\n`);
    await bench.run();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
