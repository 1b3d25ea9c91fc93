/**
 * Store benchmark: ingest rate into SQLite, database size per 1,000 articles, and the cost of
 * merging one new article as the store grows (1k, 10k, 100k synthetic articles).
 */
import { mkdtempSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorRef, Analysis, Event, EventType } from '../model/index.js';
import { pairsOf } from '../merge/article-pairs.js';
import { analyze } from '../pipeline.js';
import { hashNormalisedText, openSqliteRepository } from '../store/sqlite-repository.js';
import { SqliteClient } from '../store/sqlite-client.js';
import { Storylines } from '../store/storylines.js';
import { ingestInputs } from '../store/ingest-batch.js';
import { insertRows } from '../store/insert-rows.js';
import { insertMergeKeys } from '../store/sql-merge-writer.js';
import type { SqlClient } from '../store/sql-client.js';

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
  { length: 200 },
  (_, k) => `C${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))}`,
);
const TYPES: EventType[] = ['AID', 'MOBILIZE', 'ASSAULT', 'CONSULT', 'AGREE', 'ACCUSE'];
/** The synthetic news flow: articles per day, and reports per real-world event. */
export const ARTICLES_PER_DAY = 100;
const REPORTS_PER_STORY = 5;
const PROBE = 200;
/** Seconds a bulk fill step may take before the bench stops growing the store. */
const FILL_BUDGET_S = Number(process.env.SITREP_BENCH_STORE_BUDGET_S ?? 900);

const refOf = (code: string): ActorRef => ({ code, sector: null, name: code, text: code });

/** A small deterministic hash, so every synthetic story is the same on every run. */
function mix(...xs: number[]): number {
  let h = 2166136261;
  for (const x of xs) {
    h ^= x;
    h = Math.imul(h, 16777619) >>> 0;
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** Half the stories involve the 20 most active parties, so long storylines exist. */
const partyOf = (h: number): string =>
  CODES[h % 2 === 0 ? (h >>> 1) % 20 : (h >>> 1) % CODES.length]!;

const dayOf = (n: number): string =>
  new Date(Date.UTC(2020, 0, 1) + Math.floor(n / ARTICLES_PER_DAY) * 864e5)
    .toISOString()
    .slice(0, 10);

/**
 * A synthetic analysed article with two events. News flows at ARTICLES_PER_DAY; each real-world
 * event (story) is reported by REPORTS_PER_STORY articles, and one report in ten is a late report of
 * an older story, so the merge finds both fresh and old incidents.
 */
export function syntheticAnalysis(i: number): Analysis {
  const id = `syn${i.toString(16).padStart(10, '0')}`;
  const text = `Synthetic article ${i}. Something happened between two parties.`;
  const span = { start: 0, end: text.length };
  const published = dayOf(i);
  const events: Event[] = [0, 1].map((k) => {
    const fresh = Math.floor(i / REPORTS_PER_STORY) * 2 + k;
    const late = mix(i, k, 7) % 10 === 0 && fresh > 100;
    const story = late ? mix(i, k, 11) % fresh : fresh;
    const h = mix(story);
    const a = partyOf(h);
    const b = partyOf(mix(story, 1));
    const day = dayOf(Math.floor(story / 2) * REPORTS_PER_STORY);
    return {
      id: `${id}:e${k + 1}`,
      articleId: id,
      type: TYPES[mix(story, 2) % TYPES.length]!,
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
          source: refOf(i % 3 === 0 ? b : a),
          stance: i % 3 === 0 ? 'deny' : 'assert',
          saidOn: published,
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
    published,
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

/**
 * Bulk path for the 100k step (SQLite or PostgreSQL, inside the caller's transaction): stores
 * articles and their events with merge keys and the storyline graph, without merging them into
 * incidents (older history the timed articles cannot reach, except late reports).
 */
export async function storeWithoutMerge(
  sql: SqlClient,
  analyses: readonly Analysis[],
): Promise<void> {
  const storedAt = new Date().toISOString();
  await insertRows(
    sql,
    'articles (id, url, canonical_url, text_hash, version_of, status, published, title, site_name, stored_at, body)',
    analyses.map((a) => {
      const { sentences: _s, mentions: _m, events: _e, ...rest } = a;
      const text = hashNormalisedText(a.text);
      return [
        a.id,
        a.url,
        null,
        text,
        null,
        'new',
        a.published,
        a.title,
        a.siteName,
        storedAt,
        JSON.stringify(rest),
      ];
    }),
  );
  await insertRows(
    sql,
    'articles_fts (article_id, title, text)',
    analyses.map((a) => [a.id, a.title ?? '', a.text]),
  );
  const events = analyses.flatMap((a) =>
    a.events.map((e) => ({ a, e, day: e.when?.date ?? null })),
  );
  await insertRows(
    sql,
    'events (id, article_id, type, date_lo, date_hi, span_start, span_end, incident_id, body)',
    events.map(({ a, e, day }) => [e.id, a.id, e.type, day, day, 0, 0, null, JSON.stringify(e)]),
  );
  await insertMergeKeys(
    sql,
    events.map(({ e }) => ({ event: e, published: null })),
  );
  await insertRows(
    sql,
    'evidence_fts (event_id, article_id, text)',
    events.map(({ a, e }) => [e.id, a.id, e.evidence.map((x) => x.text).join('\n')]),
  );
  // The storyline graph counts the history too, so the timed merges meet a graph of full size.
  const storylines = new Storylines(sql);
  for (const a of analyses) await storylines.addArticle(a.id, pairsOf(a.events));
}

/** Articles before the 100k probe that are merged normally (50 days of news at 100 a day). */
export const MERGED_TAIL = 5000;

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

export async function benchStore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-store-'));
  try {
    process.stdout.write(`load average at start: ${load()} (${cpus().length} cores)\n`);
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
        `(analyse ${((analyseMs / (analyseMs + storeMs)) * 100).toFixed(0)}% of the time: ${((n / analyseMs) * 1000).toFixed(0)}/s alone; ` +
        `store ${((n / storeMs) * 1000).toFixed(0)}/s alone, one transaction per article)\n` +
        `database size: ${(((size / n) * 1000) / 1e6).toFixed(2)} MB per 1,000 plain-text articles\n`,
    );
    // The same articles as `sitrep ingest` reads them: read, analyse, store, in one batch.
    const jsonl = join(dir, 'articles.jsonl');
    writeFileSync(
      jsonl,
      docs
        .map((d, i) => JSON.stringify({ id: `bench-${i}`, text: d.text, published: d.published }))
        .join('\n'),
    );
    const batchRepo = await openSqliteRepository(join(dir, 'batch.db'));
    t = performance.now();
    const summary = await ingestInputs(batchRepo, [jsonl]);
    const batchMs = performance.now() - t;
    await batchRepo.close();
    process.stdout.write(
      `the same as one \`sitrep ingest\` batch (read, analyse, store; ${summary.new} new, ${summary.failed} failed): ` +
        `${((n / batchMs) * 1000).toFixed(0)} articles/s\n`,
    );
    process.stdout.write(
      `growing store: synthetic stream of ${ARTICLES_PER_DAY} articles a day, 2 events each, filled in bulk ` +
        `(the same ingest and merge, 1,000 articles per transaction), then the next ${PROBE} articles ` +
        `ingested one transaction each are timed\n`,
    );
    const path = join(dir, 'grow.db');
    const big = await openSqliteRepository(path);
    let stored = 0;
    for (const target of [1000, 10000, 100000]) {
      t = performance.now();
      const from = stored;
      let over = false;
      // 100k: older history through the bulk path, the last MERGED_TAIL articles merged as usual.
      if (target === 100000) {
        while (stored < target - MERGED_TAIL) {
          const batch = Array.from({ length: Math.min(5000, target - MERGED_TAIL - stored) }, () =>
            syntheticAnalysis(stored++),
          );
          big.db.exec('BEGIN IMMEDIATE');
          await storeWithoutMerge(new SqliteClient(big.db), batch);
          big.db.exec('COMMIT');
        }
        process.stdout.write(
          `(100k step: articles ${from}-${target - MERGED_TAIL - 1} stored through the bulk path without merging, in ` +
            `${((performance.now() - t) / 1000).toFixed(1)} s; the last ${MERGED_TAIL} merged as usual)\n`,
        );
      }
      while (stored < target) {
        const elapsed = (performance.now() - t) / 1000;
        // Project the fill from its rate so far; stop rather than run for an hour on a busy machine.
        if (stored > from && (elapsed / (stored - from)) * (target - from) > FILL_BUDGET_S) {
          over = true;
          break;
        }
        const batch = Array.from({ length: Math.min(1000, target - stored) }, () =>
          syntheticAnalysis(stored++),
        );
        await big.ingestMany(batch);
      }
      const fillS = (performance.now() - t) / 1000;
      if (over) {
        process.stdout.write(
          `store at ${target}: not reached; the bulk fill ran ${(stored - from) / fillS > 0 ? ((stored - from) / fillS).toFixed(0) : '?'} articles/s ` +
            `and would take more than SITREP_BENCH_STORE_BUDGET_S=${FILL_BUDGET_S} s (stopped at ${stored}; load ${load()})\n`,
        );
        break;
      }
      await big.settle();
      const probe = Array.from({ length: PROBE }, () => syntheticAnalysis(stored++));
      // Start the timed step from a checkpointed log, as a long-running store would be.
      big.db.pragma('wal_checkpoint(TRUNCATE)');
      t = performance.now();
      for (const a of probe) await big.ingest(a);
      const per = (performance.now() - t) / PROBE;
      t = performance.now();
      await big.settle();
      const settleMs = performance.now() - t;
      const s = await big.stats();
      big.db.pragma('wal_checkpoint(TRUNCATE)');
      const mb = fileSize(path) / 1e6;
      process.stdout.write(
        `store at ${target} synthetic articles (${s.incidents} incidents, ${s.crises} crises, ${((mb / stored) * 1000).toFixed(2)} MB per 1,000; ` +
          `bulk fill of ${target - from} in ${fillS.toFixed(1)} s, ${((target - from) / fillS).toFixed(0)}/s): ` +
          `${per.toFixed(2)} ms per new article (ingest + merge); storylines regrouped once after them in ${settleMs.toFixed(0)} ms; load ${load()}\n`,
      );
    }
    await big.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
