import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Event, EventType } from '../model/index.js';
import { EventType as EventTypes } from '../model/index.js';
import { openSqliteRepository } from '../store/sqlite-repository.js';
import { NODE_FLAGS } from '../runtime/node-flags.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;

const INCIDENTS = 10_000;
const PER_ARTICLE = 10;
const SSE_CLIENTS = 500;
const BIG_CRISIS_EVERY = 4;
// Every state with a code: enough doers that no two synthetic events share a doer and a target.
const COUNTRIES: [string, string][] = (
  require('world-countries/countries.json') as { cca3: string; name: { common: string } }[]
)
  .filter((c) => /^[A-Z]{3}$/.test(c.cca3))
  .map((c) => [c.cca3, c.name.common]);

/**
 * One synthetic event: type, doer, target and day chosen so no two merge into one incident (the
 * same doer comes back only with another target).
 */
function syntheticEvent(
  n: number,
  articleId: string,
  text: string,
  start: number,
  sentence: string,
): Event {
  const types = EventTypes.options;
  const k = COUNTRIES.length;
  // Every BIG_CRISIS_EVERY-th article reports attacks in one long war, each at a place of its own,
  // so one crisis holds a quarter of the store, as a real war's storyline would; an article reports
  // one story, as most do.
  const war = Math.floor(n / PER_ARTICLE) % BIG_CRISIS_EVERY === 0;
  const type = war ? 'ASSAULT' : (types[n % types.length] as EventType);
  const a: [string, string] = war ? ['RUS', 'Russia'] : (COUNTRIES[n % k] ?? ['USA', 'USA']);
  const b: [string, string] = war
    ? ['UKR', 'Ukraine']
    : (COUNTRIES[((n % k) + 1 + (Math.floor(n / k) % (k - 1))) % k] ?? ['RUS', 'Russia']);
  const offset = war ? Math.floor(n / (BIG_CRISIS_EVERY * PER_ARTICLE)) % 1000 : n % 1500;
  const day = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const span = { start, end: start + sentence.length };
  const evidence = { span, text: sentence };
  const value = 100 * ((n % 50) + 1);
  const qText = `about ${value} troops`;
  const qAt = start + sentence.indexOf(qText);
  const ref = (c: [string, string]) => ({ code: c[0], sector: 'GOV', name: c[1], text: c[1] });
  void text;
  return {
    id: `${articleId.slice(0, 12)}-e${n}`,
    articleId,
    type,
    mode: null,
    context: [],
    actors: [ref(a)],
    recipients: [ref(b)],
    place: {
      name: war ? `Front ${n}` : `Place ${n % 300}`,
      country: b[0],
      // The war's fronts lie in one region, as a war's do; other events anywhere.
      lat: war ? 46 + ((n * 7) % 60) / 10 : ((n * 7) % 120) - 60,
      lon: war ? 30 + ((n * 13) % 100) / 10 : ((n * 13) % 340) - 170,
      precision: 'city',
      text: war ? `Front ${n}` : `Place ${n % 300}`,
    },
    when: { date: day, precision: 'day', text: day },
    quantity: {
      value,
      unit: 'troops',
      qualifier: 'about',
      text: qText,
      span: { start: qAt, end: qAt + qText.length },
    },
    modality: 'asserted',
    attributions: [
      {
        sourceKind: 'actor',
        source: ref(a),
        stance: n % 3 === 0 ? 'deny' : 'assert',
        saidOn: day,
        cue: 'said',
        ruleId: 'bench/synthetic',
        evidence,
      },
    ],
    evidence: [evidence],
    trigger: { span: { start, end: start + 4 }, text: sentence.slice(0, 4) },
    ruleId: 'bench/synthetic',
    summary: `${a[1]} and ${b[1]}: synthetic ${type.toLowerCase()} event ${n}.`,
  };
}

/** An analysed article holding `PER_ARTICLE` synthetic events, starting at event number `first`. */
export function syntheticAnalysis(first: number, count = PER_ARTICLE): Analysis {
  const sentences = Array.from(
    { length: count },
    (_, k) =>
      `Report ${first + k}: officials said about ${100 * (((first + k) % 50) + 1)} troops took part.`,
  );
  const text = sentences.join('\n\n');
  const id = createHash('sha256').update(text).digest('hex');
  let at = 0;
  const paragraphs = sentences.map((s) => {
    const span = { start: at, end: at + s.length };
    at += s.length + 2;
    return span;
  });
  const events = sentences.map((s, k) =>
    syntheticEvent(first + k, id, text, paragraphs[k]?.start ?? 0, s),
  );
  const day = events[0]?.when?.date ?? '2020-01-01';
  return {
    id,
    source: `bench#${first}`,
    url: `https://bench.example.net/${first}`,
    canonicalUrl: null,
    title: `Synthetic report ${first}`,
    published: day,
    publishedSource: 'supplied',
    section: [],
    byline: null,
    siteName: 'Bench Wire',
    lang: 'en',
    text,
    paragraphs,
    sentences: [],
    mentions: [],
    events,
  };
}

function startServerProcess(db: string): Promise<{ url: string; stop: () => void }> {
  const cli = fileURLToPath(new URL('../bundle/sitrep.js', import.meta.url));
  // as the sitrep launcher starts it (src/runtime/node-flags.ts)
  const args = [...NODE_FLAGS, cli, 'serve', '--db', db, '--port', '0'];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/[^\s/]+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) =>
      reject(new Error(`sitrep serve exited with ${code} before listening`)),
    );
  });
}

/** Opens `n` event streams, resolves when each has its `ready` event; each records its first change. */
function openStreams(url: string, n: number) {
  const got: number[] = [];
  const requests: http.ClientRequest[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: n + 10 });
  const ready = Promise.all(
    Array.from(
      { length: n },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const req = http.get(`${url}/events/stream`, { agent }, (res) => {
            let buf = '';
            res.on('data', (chunk: Buffer) => {
              buf += chunk.toString();
              if (buf.includes('event: ready')) resolve();
              if (buf.includes('event: incident') && got[i] === undefined)
                got[i] = performance.now();
            });
          });
          req.on('error', reject);
          requests.push(req);
        }),
    ),
  );
  return {
    ready,
    got,
    close: () => {
      for (const r of requests) r.destroy();
      agent.destroy();
    },
  };
}

/** `npm run bench serve`: page and API throughput with 10,000 incidents, and 500 live streams. */
export async function benchServe(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-serve-'));
  const db = join(dir, 'bench.db');
  const repo = await openSqliteRepository(db);
  try {
    let t = performance.now();
    for (let first = 0; first < INCIDENTS; first += PER_ARTICLE)
      await repo.ingest(syntheticAnalysis(first));
    const stats = await repo.stats();
    process.stdout.write(
      `store: ${stats.incidents} incidents, ${stats.events} events, ${stats.crises} crises, ingested in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    const crises = await repo.listCrises();
    const biggest = [...crises].sort((a, b) => b.incidentIds.length - a.incidentIds.length)[0];
    const server = await startServerProcess(db);
    try {
      const targets = [
        ...(biggest
          ? [
              [
                `crisis page (${biggest.incidentIds.length} incidents)`,
                `/crisis/${encodeURIComponent(biggest.id)}`,
              ],
            ]
          : []),
        ...(biggest
          ? [
              [
                'crisis page, filtered (not cached)',
                `/crisis/${encodeURIComponent(biggest.id)}?type=ASSAULT&since=2020-06-01`,
              ],
              [
                'claim page',
                `/claim/${encodeURIComponent(biggest.incidentIds[biggest.incidentIds.length - 1] ?? '')}`,
              ],
            ]
          : []),
        ['home page', '/'],
        ['/api/incidents', '/api/incidents?limit=50'],
        ['/api/incidents filtered', '/api/incidents?type=ASSAULT&actor=RUS&limit=50'],
      ];
      for (const [name, path] of targets) {
        const r = await autocannon({ url: `${server.url}${path}`, connections: 10, duration: 5 });
        process.stdout.write(
          `${name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx\n`,
        );
      }
      t = performance.now();
      const streams = openStreams(server.url, SSE_CLIENTS);
      await streams.ready;
      process.stdout.write(
        `${SSE_CLIENTS} event streams open in ${(performance.now() - t).toFixed(0)} ms\n`,
      );
      const sent = performance.now();
      await repo.ingest(syntheticAnalysis(INCIDENTS, 1));
      const deadline = sent + 10_000;
      while (
        streams.got.filter((x) => x !== undefined).length < SSE_CLIENTS &&
        performance.now() < deadline
      )
        await new Promise((r) => setTimeout(r, 20));
      const delays = streams.got
        .filter((x) => x !== undefined)
        .map((x) => x - sent)
        .sort((a, b) => a - b);
      process.stdout.write(
        `${delays.length}/${SSE_CLIENTS} streams received the change; delay median ${delays[Math.floor(delays.length / 2)]?.toFixed(0) ?? '-'} ms, max ${delays.at(-1)?.toFixed(0) ?? '-'} ms\n`,
      );
      streams.close();
    } finally {
      server.stop();
    }
  } finally {
    await repo.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
