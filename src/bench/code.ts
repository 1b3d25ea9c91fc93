import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateArticle } from '../annotate/index.js';
import { loadCodeDictionaries } from '../code/load-code-dictionaries.js';
import { codeEvents } from '../code/index.js';
import { extractArticle } from '../extract/index.js';
import { NODE_FLAGS, runsWithSitrepFlags } from '../runtime/node-flags.js';

// Sentences written for the benchmark: crisis-news shapes (claims, denials, figures, dates).
const SENTENCES = [
  'The upper house of parliament in Lisbon approved a defence treaty with Morocco on Wednesday.',
  'Officials in Madrid said that about 4,000 Moroccan soldiers have been deployed to the border region.',
  'Both governments have dismissed claims from France that Morocco has supplied Spain with drones.',
  'During a meeting on Monday, the Portuguese president met the Moroccan foreign minister in Lisbon.',
  'Morocco launched several short-range missiles into the sea on Tuesday, hours before the vote.',
  'The defence ministry declined to comment on reports of more than 300 casualties.',
  'Spain denied the report and called it baseless.',
  'On Friday, the foreign minister told reporters that the navy had seized two fishing vessels.',
  'Coast guard ships used water cannon against a supply boat near the reef, injuring three sailors.',
  'The United Nations urged both sides to agree to a ceasefire and withdraw their troops.',
  'Analysts expect further talks in June, according to the ministry.',
  'Germany imposed sanctions on two shipping firms and expelled a diplomat last week.',
];

function composeArticle(seed: number, bytes = 5000): string {
  const parts: string[] = [];
  let size = 0;
  let i = seed;
  while (size < bytes) {
    const paragraph = [0, 1, 2]
      .map((k) => SENTENCES[(i + k * 5) % SENTENCES.length] ?? '')
      .join(' ');
    parts.push(paragraph);
    size += paragraph.length + 2;
    i += 7;
  }
  return parts.join('\n\n');
}

// Real news text, read at run time from ../shared (never copied into the project), cut to 5 KB.
function corpusArticles(): string[] {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/dev.jsonl');
  if (!existsSync(file)) return [];
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; lang: string })
    .filter((a) => a.lang === 'en')
    .map((a) => a.text);
  const out: string[] = [];
  let cur = '';
  for (const t of texts) {
    cur += (cur ? '\n\n' : '') + t;
    if (cur.length >= 5000) {
      out.push(cur.slice(0, 5200));
      cur = '';
    }
  }
  return out;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// The JIT settles only after some hundreds of articles: the first pass is timed apart (what a
// one-off `sitrep analyze` sees), then passes run until WARM_ARTICLES have gone through, then the
// timed passes (what a long-running ingest or watch sees). The median pass is the figure, the best
// pass what an idle core gives; annotate and code are timed apart. The machine is shared: the
// load average is printed with each figure.
const WARM_ARTICLES = 400;
const TIMED_ARTICLES = 600;

function measure(label: string, texts: string[]): void {
  const articles = texts.map((body, i) =>
    extractArticle({ source: `bench-${i}`, body, format: 'text', published: '2024-11-06' }),
  );
  const coldStart = performance.now();
  for (const a of articles) codeEvents(annotateArticle(a));
  const coldRate = (articles.length * 1000) / (performance.now() - coldStart);
  for (let done = articles.length; done < WARM_ARTICLES; done += articles.length)
    for (const a of articles) codeEvents(annotateArticle(a));
  const passes = Math.max(5, Math.ceil(TIMED_ARTICLES / articles.length));
  const rates: number[] = [];
  let annotateMs = 0;
  let codeMs = 0;
  let events = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let p = 0; p < passes; p++) {
    const passStart = performance.now();
    for (const a of articles) {
      const t0 = performance.now();
      const annotated = annotateArticle(a);
      const t1 = performance.now();
      events += codeEvents(annotated).length;
      codeMs += performance.now() - t1;
      annotateMs += t1 - t0;
    }
    rates.push((articles.length * 1000) / (performance.now() - passStart));
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const n = passes * articles.length;
  const kb = articles.reduce((s, a) => s + a.text.length, 0) / articles.length / 1024;
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  process.stdout.write(
    `${label}: ${n} articles of ${kb.toFixed(1)} KB after ${WARM_ARTICLES} to warm up: ${median(rates).toFixed(0)} articles/s ` +
      `(median of ${passes} passes; best ${Math.max(...rates).toFixed(0)}; overall ${((n * 1000) / ms).toFixed(0)} wall, ` +
      `${((n * 1000) / cpuMs).toFixed(0)} per CPU second), ${(events / n).toFixed(1)} events each; ` +
      `per article annotate ${(annotateMs / n).toFixed(2)} ms, code ${(codeMs / n).toFixed(2)} ms; ` +
      `first ${articles.length}, cold: ${coldRate.toFixed(0)} articles/s; load average ${load}\n`,
  );
}

// Set in the child run that holds V8 to the main thread.
const ONE_CORE = process.execArgv.includes('--single-threaded');

/** Articles per second for annotate + code on 5 KB plain-text articles, on one core. */
export async function benchCode(): Promise<void> {
  const real = corpusArticles();
  if (ONE_CORE) {
    // the child: real news only, with garbage collection and compilation on this one thread
    if (real.length > 0)
      measure('one core (V8 on the main thread only), dev corpus news text', real);
    return;
  }
  const t0 = performance.now();
  loadCodeDictionaries();
  const loadMs = performance.now() - t0;
  process.stdout.write(`code dictionaries load: ${loadMs.toFixed(1)} ms\n`);
  process.stdout.write(
    runsWithSitrepFlags()
      ? `V8 flags: ${NODE_FLAGS.join(' ')}, as the sitrep launcher runs\n`
      : `V8 flags: not Sitrep's (\`npm run bench\` runs with ${NODE_FLAGS.join(' ')}, as the sitrep launcher does)\n`,
  );
  // dense: every sentence has a trigger, a date and a source (the worst case for the rules)
  measure(
    'annotate+code, dense composed text',
    Array.from({ length: 50 }, (_, i) => composeArticle(i)),
  );
  if (real.length > 0) measure('annotate+code, dev corpus news text', real);
  else process.stdout.write('dev corpus (../shared) not found: real-text figure skipped\n');
  process.stdout.write(`heap used: ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MB\n`);
  // V8 collects garbage and compiles on helper threads: the run above uses more than one core.
  // The same work with every V8 thread on one core, in a child process:
  if (real.length === 0) return;
  const child = spawnSync(
    process.execPath,
    [
      '--single-threaded',
      // Sitrep's V8 flags, those this process runs with
      ...process.execArgv.filter((a) => NODE_FLAGS.includes(a)),
      fileURLToPath(new URL('./main.js', import.meta.url)),
      'code',
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('one core'));
  process.stdout.write(line ? `${line}\n` : `one-core run failed: ${child.stderr.trim()}\n`);
  await Promise.resolve();
}
