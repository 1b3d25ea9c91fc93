import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_PAGES } from './hostile-pages.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'hostile-child.js');
const SIZES = [55_000, 1_000_000, 10_000_000];
// A page still running after this long is reported as stalled (the aim is 10 s).
const KILL_AFTER_MS = 120_000;

interface ChildResult {
  bytes: number;
  ms: number;
  peakMb: number;
  /** Peak RSS after loading the dictionaries, before the page. */
  warmMb: number;
  outcome: string;
}

function runChild(name: string, bytes: number): ChildResult | string {
  const run = spawnSync(process.execPath, [CHILD, name, String(bytes)], {
    encoding: 'utf8',
    timeout: KILL_AFTER_MS,
    maxBuffer: 1 << 20,
  });
  if (run.error || run.status !== 0) {
    const why = run.signal ? `killed (${run.signal}) after ${KILL_AFTER_MS / 1000} s` : run.stderr;
    return why.trim().split('\n')[0] ?? 'failed';
  }
  return JSON.parse(run.stdout.trim()) as ChildResult;
}

/**
 * Generated hostile pages (deep nesting, unclosed inline tags, one long line, many tiny
 * paragraphs, a huge table, one line of plain text) up to the 10 MB limit, each analysed in a
 * child process: time, peak RSS and outcome. Aim: every one analysed or refused within 10 s and
 * 600 MB peak RSS.
 */
export async function benchHostile(): Promise<void> {
  let slowest = { label: '', ms: 0 };
  let hungriest = { label: '', peakMb: 0 };
  for (const shape of HOSTILE_PAGES) {
    for (const bytes of SIZES) {
      const label = `${shape.name} ${(bytes / 1e6).toFixed(2)} MB`;
      const result = runChild(shape.name, bytes);
      if (typeof result === 'string') {
        process.stdout.write(`${label.padEnd(32)} FAILED: ${result}\n`);
        continue;
      }
      process.stdout.write(
        `${label.padEnd(32)} ${(result.ms / 1000).toFixed(2).padStart(6)} s  ${result.peakMb.toFixed(0).padStart(5)} MB (${result.warmMb.toFixed(0)} before the page)  ${result.outcome}\n`,
      );
      if (result.ms > slowest.ms) slowest = { label, ms: result.ms };
      if (result.peakMb > hungriest.peakMb) hungriest = { label, peakMb: result.peakMb };
    }
  }
  process.stdout.write(
    `slowest: ${slowest.label} ${(slowest.ms / 1000).toFixed(2)} s; most memory: ${hungriest.label} ${hungriest.peakMb.toFixed(0)} MB peak RSS (aim: 10 s, 600 MB)\n`,
  );
  await Promise.resolve();
}
