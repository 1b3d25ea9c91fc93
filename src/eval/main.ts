/**
 * `npm run eval`: scores Sitrep's events against the PLOVER gold-standard sentences and the
 * dev-gold article annotations in ../shared. Options: --verbose (all misses and false alarms),
 * --only gsr|events.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateEvents } from './event-eval.js';
import { evaluateGsr } from './gsr-eval.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repoRoot, '../shared');

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  if (!existsSync(shared)) {
    process.stderr.write(
      `eval: ${shared} is missing; the evaluation data lives there (../shared from the repository)\n`,
    );
    process.exitCode = 1;
    return;
  }
  const lines: string[] = [];
  if (!only || only === 'gsr')
    lines.push(...evaluateGsr(resolve(shared, 'eval/plover-gsr/dev.json'), verbose), '');
  if (!only || only === 'events')
    lines.push(
      ...evaluateEvents(
        {
          corpus: resolve(shared, 'corpus/dev.jsonl'),
          gold: resolve(shared, 'corpus/dev-gold.jsonl'),
          seed: resolve(shared, 'corpus/seed.txt'),
        },
        verbose,
      ),
    );
  process.stdout.write(lines.join('\n') + '\n');
}

try {
  main();
} catch (err) {
  process.stderr.write(
    `eval failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
}
