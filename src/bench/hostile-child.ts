/**
 * One hostile page analysed in a process of its own, so that its peak RSS is its own: run by
 * `bench -- hostile` as `node hostile-child.js NAME BYTES`; prints one JSON line.
 */
import { describeCut } from '../cli/format-analysis.js';
import { analyze } from '../pipeline.js';
import { HOSTILE_PAGES } from './hostile-pages.js';

function main(): void {
  const [name, bytesArg] = process.argv.slice(2);
  const shape = HOSTILE_PAGES.find((p) => p.name === name);
  if (!shape) throw new Error(`unknown hostile page ${name ?? '(none)'}`);
  // Dictionaries load on first use: a warm-up keeps their time out of the figure.
  analyze('Freedonian troops crossed the river on Monday.', { published: '2024-11-06' });
  const warmMb = process.resourceUsage().maxRSS / 1024;
  const html = shape.build(Number(bytesArg));
  const body = new Uint8Array(Buffer.from(html, 'utf8'));
  const start = performance.now();
  let outcome: string;
  try {
    const analysis = analyze({ source: name ?? 'page', body });
    const cut = describeCut(analysis);
    outcome = `analysed: ${analysis.sentences.length} sentences, ${analysis.events.length} events${cut ? `; ${cut}` : ''}`;
  } catch (err) {
    outcome = `refused: ${err instanceof Error ? err.message : String(err)}`;
  }
  const ms = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ bytes: body.length, ms, peakMb, warmMb, outcome }) + '\n');
}

main();
