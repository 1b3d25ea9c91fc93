/**
 * Store benchmark: ingest rate into SQLite, database size per 1,000 articles, and the cost of
 * merging one new article as the store grows (1k, 10k, 100k synthetic articles).
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorRef, Analysis, Event, EventType } from '../model/index.js';
import { analyze } from '../pipeline.js';
import { openSqliteRepository } from '../store/sqlite-repository.js';

const PLACES = ['the northern port', 'the border crossing', 'the capital', 'the coastal base'];
const STATES: [string, string][] = [
  ['Norland', 'the Norland government'],
  ['Russia', 'Moscow'],
  ['North Korea', 'Pyongyang'],
  ['Ukraine', 'Kyiv'],
  ['India', 'New Delhi'],
  ['Pakistan', 'Islamabad'],
  ['China', 'Beijing'],
  ['the Philippines', 'Manila'],
];

/** Plain-text articles composed from our own sentences; `i` makes each text distinct. */
export function composeArticle(i: number): { text: string; published: string } {
  const a = STATES[i % STATES.length]!;
  const b = STATES[(i * 7 + 3) % STATES.length]!;
  const place = PLACES[i % PLACES.length]!;
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const published = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const text = [
    `${a[1]} said on Monday that ${1000 + i} soldiers from ${b[0]} had arrived near ${place}.`,
    `Officials in ${b[1]} denied the report and called it invented.`,
    `${a[0]} and ${b[0]} held talks in ${place} last week, according to a statement.`,
    `Report number ${i} was filed by our correspondent.`,
  ].join('\n\n');
  return { text, published };
}

const CODES = Array.from(
  { length: 60 },
  (_, k) => `C${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))}`,
);
const TYPES: EventType[] = ['AID', 'MOBILIZE', 'ASSAULT', 'CONSULT', 'AGREE', 'ACCUSE'];

const refOf = (code: string): ActorRef => ({ code, sector: null, name: code, text: code });

/** A synthetic analysed article with two events, for filling the store fast. */
export function syntheticAnalysis(i: number): Analysis {
  const id = `syn${i.toString(16).padStart(10, '0')}`;
  const text = `Synthetic article ${i}. Something happened between two parties.`;
  const span = { start: 0, end: text.length };
  const day = new Date(Date.UTC(2023, 0, 1) + (i % 1000) * 864e5).toISOString().slice(0, 10);
  const events: Event[] = [0, 1].map((k) => {
    const a = CODES[(i * 13 + k * 5) % CODES.length]!;
    const b = CODES[(i * 31 + k * 11 + 1) % CODES.length]!;
    return {
      id: `${id}:e${k + 1}`,
      articleId: id,
      type: TYPES[(i + k) % TYPES.length]!,
      mode: null,
      context: [],
      actors: [refOf(a)],
      recipients: a === b ? [] : [refOf(b)],
      place: null,
      when: { date: day, precision: 'day', text: day },
      quantity: { value: 100 + (i % 50), unit: 'troops', qualifier: 'about', text: '100' },
      modality: 'asserted',
      attributions: [
        {
          sourceKind: 'actor',
          source: refOf(a),
          stance: i % 3 === 0 ? 'deny' : 'assert',
          saidOn: day,
          cue: 'said',
          ruleId: 'bench',
          evidence: { span, text },
        },
      ],
      evidence: [{ span, text }],
      trigger: { span, text },
      ruleId: 'bench',
      summary: `${a} ${b}`,
    };
  });
  return {
    id,
    source: 'bench',
    url: `https://bench.example/${i}`,
    canonicalUrl: null,
    title: `Synthetic ${i}`,
    published: day,
    publishedSource: 'supplied',
    section: [],
    byline: null,
    siteName: 'bench.example',
    lang: 'en',
    text,
    paragraphs: [span],
    sentences: [{ span, text, paragraph: 0 }],
    mentions: [],
    events,
  };
}

function fileSize(path: string): number {
  return [path, `${path}-wal`].filter(existsSync).reduce((s, p) => s + statSync(p).size, 0);
}

export async function benchStore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-store-'));
  try {
    const n = 500;
    const docs = Array.from({ length: n }, (_, i) => composeArticle(i));
    const repo = await openSqliteRepository(join(dir, 'ingest.db'));
    let t = performance.now();
    const analyses = docs.map((d) => analyze(d.text, { published: d.published }));
    const analyseMs = performance.now() - t;
    t = performance.now();
    for (const a of analyses) await repo.ingest(a);
    const storeMs = performance.now() - t;
    const events = (await repo.stats()).events;
    repo.db.pragma('wal_checkpoint(TRUNCATE)');
    const size = fileSize(join(dir, 'ingest.db'));
    await repo.close();
    process.stdout.write(
      `plain-text articles: ${n}, ${events} events; analyse+store ${((n / (analyseMs + storeMs)) * 1000).toFixed(0)} articles/s ` +
        `(store alone ${((n / storeMs) * 1000).toFixed(0)}/s)\n` +
        `database size: ${(((size / n) * 1000) / 1e6).toFixed(2)} MB per 1,000 articles\n`,
    );
    const big = await openSqliteRepository(join(dir, 'grow.db'));
    let stored = 0;
    const probe = 200;
    for (const target of [1000, 10000, 100000]) {
      t = performance.now();
      while (stored < target) await big.ingest(syntheticAnalysis(stored++));
      const fillS = (performance.now() - t) / 1000;
      t = performance.now();
      for (let k = 0; k < probe; k++) await big.ingest(syntheticAnalysis(stored++));
      const per = (performance.now() - t) / probe;
      const s = await big.stats();
      process.stdout.write(
        `store at ${target} synthetic articles (${s.incidents} incidents, filled in ${fillS.toFixed(1)} s): ` +
          `${per.toFixed(2)} ms per new article (ingest + merge)\n`,
      );
    }
    await big.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
