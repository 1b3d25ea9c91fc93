import { loadavg } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadActorDictionaries } from '../annotate/actors/actor-dictionaries.js';
import { findActorMentions } from '../annotate/actors/find-actor-mentions.js';
import { loadActorIndex } from '../annotate/actors/actor-index.js';
import { readCountryRecords } from '../annotate/actors/country-records.js';
import { findPlaceMentions } from '../annotate/places/find-place-mentions.js';
import { loadGazetteer } from '../annotate/places/load-gazetteer.js';
import { loadPlaceIndex } from '../annotate/places/place-index.js';
import { splitSentences } from '../annotate/sentences/split-sentences.js';
import { extractArticle } from '../extract/index.js';

// Sentences written for this benchmark: states, capitals, titles, institutions, towns, seas.
const SENTENCES = [
  'Moscow said on Monday that its forces had pushed back Ukrainian troops near Sudzha in the Kursk region.',
  'South Korean President Yoon Suk Yeol met NATO Secretary-General Mark Rutte in Seoul to discuss the deployment.',
  'The State Department spokesperson said the United States was alarmed by the transfer of missiles.',
  'Pyongyang has not confirmed the presence of its soldiers in Russia, according to Yonhap.',
  'Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal.',
  'Indian Foreign Secretary Vikram Misri told reporters in New Delhi that the strikes hit nine sites.',
  'The Pakistan Army said its air defences shot down drones over Lahore and Rawalpindi on Thursday.',
  "Kremlin spokesman Dmitry Peskov declined to comment on the State Duma's vote on the treaty.",
  'Officials from the European Union and the United Nations urged restraint along the Line of Control.',
  'The Armed Forces of the Philippines said two sailors were injured in the South China Sea.',
  'North Korean leader Kim Jong Un watched the launch of several missiles into the Sea of Japan.',
  'Ukraine said its drones struck an airfield in the Rostov region, far from the front line in Donetsk.',
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

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return getHeapStatistics().used_heap_size / 1e6;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

const LOAD_JOB = 'annotate-load: measure loading';

// Run in a fresh worker: its own module cache, so nothing another benchmark loaded is counted
// as free, and its own heap, so the memory figures are the dictionaries' alone.
function measureLoad(): string[] {
  const h0 = heapMb();
  const countries = time(() => readCountryRecords());
  const dicts = time(() => loadActorDictionaries());
  const actorIndex = time(() => loadActorIndex());
  // the field's names, read on the first article that has a capitalised name no phrase took
  const vendor = time(() => actorIndex.value.vendorActors?.());
  const h1 = heapMb();
  const gazetteer = time(() => loadGazetteer());
  const h2 = heapMb();
  const places = time(() => loadPlaceIndex());
  const h3 = heapMb();
  return [
    `load: countries ${countries.ms.toFixed(0)} ms, actor dictionaries ${dicts.ms.toFixed(0)} ms, ` +
      `actor index ${actorIndex.ms.toFixed(0)} ms (${actorIndex.value.trie.size} phrases), ` +
      `vendor names ${vendor.ms.toFixed(0)} ms, ` +
      `memory ${(h1 - h0).toFixed(1)} MB`,
    `load: gazetteer ${gazetteer.ms.toFixed(0)} ms (${gazetteer.value.size} rows, ` +
      `${(h2 - h1).toFixed(1)} MB), place index ${places.ms.toFixed(0)} ms (${(h3 - h2).toFixed(1)} MB)` +
      (typeof (globalThis as { gc?: unknown }).gc === 'function'
        ? ''
        : ' (run node with --expose-gc for exact memory)'),
  ];
}

if (!isMainThread && workerData === LOAD_JOB) parentPort?.postMessage(measureLoad());

function measureLoadInWorker(): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: LOAD_JOB });
    worker.once('message', (lines: string[]) => resolvePromise(lines));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with code ${code}`));
    });
  });
}

/** Load time and memory of the actor dictionaries and the gazetteer; actor+place throughput. */
export async function benchAnnotateLoad(): Promise<void> {
  const out = process.stdout;
  for (const line of await measureLoadInWorker()) out.write(`${line}\n`);
  const articles = Array.from({ length: 50 }, (_, i) =>
    extractArticle({
      source: `bench-${i}`,
      body: composeArticle(i),
      format: 'text',
      published: '2024-11-06',
    }),
  );
  const run = (): number => {
    let n = 0;
    for (const a of articles) {
      const sentences = splitSentences(a);
      const actors = findActorMentions(a, sentences);
      n += actors.length + findPlaceMentions(a, sentences, actors).length;
    }
    return n;
  };
  run();
  // Passes timed one by one: on a shared machine the best pass is the idle-core figure.
  const rounds = 10;
  let mentions = 0;
  const rates: number[] = [];
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    const passStart = performance.now();
    mentions += run();
    rates.push((articles.length * 1000) / (performance.now() - passStart));
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const count = rounds * articles.length;
  rates.sort((a, b) => a - b);
  out.write(
    `sentences+actors+places: ${count} articles of ~5 KB, ${(mentions / count).toFixed(0)} mentions each, ` +
      `${((count * 1000) / ms).toFixed(0)} articles/s wall (median pass ${(rates[rates.length >> 1] ?? 0).toFixed(0)}, ` +
      `best ${(rates[rates.length - 1] ?? 0).toFixed(0)}), ${((count * 1000) / cpuMs).toFixed(0)} articles/s CPU; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
  );
}
