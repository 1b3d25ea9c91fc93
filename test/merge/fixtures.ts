import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import type {
  ActorRef,
  Analysis,
  Attribution,
  Event,
  EventType,
  Place,
} from '../../src/model/index.js';

const NAMES: Record<string, string> = {
  PRK: 'North Korea',
  RUS: 'Russia',
  USA: 'United States',
  KOR: 'South Korea',
  UKR: 'Ukraine',
  IND: 'India',
  PAK: 'Pakistan',
  VEN: 'Venezuela',
  GUY: 'Guyana',
  BRA: 'Brazil',
  CHN: 'China',
  PHL: 'Philippines',
  UNO: 'United Nations',
};

/** A town of `country`, as the annotator places one (city precision), at `lat`, `lon`. */
export const town = (name: string, country: string, lat = 10, lon = 10): Place => ({
  name,
  country,
  lat,
  lon,
  precision: 'city',
  text: name,
});

export const ref = (code: string): ActorRef => ({
  code,
  sector: null,
  name: NAMES[code] ?? code,
  text: NAMES[code] ?? code,
});

export interface Said {
  by: string | null;
  stance: Attribution['stance'];
  on?: string;
  /** The sentence the statement stands in; the event's own sentence when not given. */
  sentence?: number;
}

export interface FixtureEvent {
  type: EventType;
  actors: string[];
  recipients: string[];
  date?: string;
  place?: string;
  troops?: number;
  said: Said[];
}

export interface FixtureArticle {
  slug: string;
  published: string;
  url: string;
  site: string;
  sentences: string[];
  events: FixtureEvent[];
}

/** Builds an Analysis as the pipeline would: spans point into the article text. */
export function buildAnalysis(a: FixtureArticle): Analysis {
  const text = a.sentences.join(' ');
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const spanOf = (i: number): { start: number; end: number } => {
    const s = a.sentences[i] ?? '';
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };
  const sentenceEvidence = (i: number): { span: { start: number; end: number }; text: string } => {
    const span = spanOf(i);
    return { span, text: text.slice(span.start, span.end) };
  };
  const events: Event[] = a.events.map((f, n) => {
    const span = spanOf(Math.min(n, a.sentences.length - 1));
    const evidence = { span, text: text.slice(span.start, span.end) };
    const precision = f.date
      ? f.date.length === 10
        ? 'day'
        : f.date.length === 7
          ? 'month'
          : 'year'
      : null;
    return {
      id: `${id}:e${n + 1}`,
      articleId: id,
      type: f.type,
      mode: f.type === 'AID' || f.type === 'MOBILIZE' ? 'troops' : null,
      context: [],
      actors: f.actors.map(ref),
      recipients: f.recipients.map(ref),
      place: f.place
        ? {
            name: f.place,
            country: 'RUS',
            lat: 51.7,
            lon: 36.2,
            precision: 'region',
            text: f.place,
          }
        : null,
      when: f.date && precision ? { date: f.date, precision, text: f.date } : null,
      quantity:
        f.troops !== undefined
          ? { value: f.troops, unit: 'troops', qualifier: 'about', text: String(f.troops) }
          : null,
      modality: 'asserted',
      attributions: f.said.map((s) => ({
        sourceKind: s.by ? ('actor' as const) : ('outlet' as const),
        source: s.by ? ref(s.by) : null,
        stance: s.stance,
        saidOn: s.on ?? a.published,
        cue: s.stance,
        ruleId: 'fixture',
        evidence: s.sentence === undefined ? evidence : sentenceEvidence(s.sentence),
      })),
      evidence: [evidence],
      trigger: evidence,
      ruleId: 'fixture',
      summary: `${f.actors.join(',')} ${f.type} ${f.recipients.join(',')}`,
    };
  });
  return {
    id,
    source: a.url,
    url: a.url,
    canonicalUrl: null,
    title: a.sentences[0] ?? null,
    published: a.published,
    publishedSource: 'supplied',
    section: [],
    byline: null,
    siteName: a.site,
    lang: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: a.sentences.map((s, i) => ({ span: spanOf(i), text: s, paragraph: 0 })),
    mentions: [],
    events,
  };
}

const deploy = (
  date: string | undefined,
  troops: number | undefined,
  said: Said[],
): FixtureEvent => ({
  type: 'MOBILIZE',
  actors: ['PRK'],
  recipients: ['RUS'],
  ...(date ? { date } : {}),
  place: 'Kursk',
  ...(troops !== undefined ? { troops } : {}),
  said,
});

/** Invented reports of the North Korean deployment and one unrelated story, in our own words. */
export const ARTICLES: FixtureArticle[] = [
  {
    slug: 'seoul-first',
    published: '2024-10-18',
    url: 'https://example.org/a/seoul-first',
    site: 'example.org',
    sentences: [
      'Seoul intelligence says Pyongyang has shipped some 1,500 special forces soldiers to Russia.',
      'The soldiers are reportedly training in the Russian far east.',
    ],
    events: [{ ...deploy('2024-10-18', 1500, [{ by: 'KOR', stance: 'assert' }]), type: 'AID' }],
  },
  {
    slug: 'moscow-denies',
    published: '2024-10-21',
    url: 'https://example.net/b/moscow-denies',
    site: 'example.net',
    sentences: [
      'The Kremlin waved away talk of North Korean units on Russian soil as invention.',
      'A spokesman said the reports were fake news.',
    ],
    events: [deploy('2024-10', undefined, [{ by: 'RUS', stance: 'deny' }])],
  },
  {
    slug: 'kyiv-figure',
    published: '2024-10-25',
    url: 'https://example.com/c/kyiv-figure',
    site: 'example.com',
    sentences: [
      'Ukraine estimates that 3,000 North Korean troops have reached Russia.',
      'Kyiv expects more to follow.',
    ],
    events: [deploy('2024-10-25', 3000, [{ by: 'UKR', stance: 'assert' }])],
  },
  {
    slug: 'washington-kursk',
    published: '2024-11-04',
    url: 'https://example.org/d/washington-kursk',
    site: 'example.org',
    sentences: [
      'Washington now counts roughly 10,000 North Korean soldiers in the Kursk region.',
      'Moscow and Pyongyang have neither confirmed nor denied it.',
    ],
    events: [
      deploy('2024-11-04', 10000, [
        { by: 'USA', stance: 'assert' },
        { by: 'RUS', stance: 'noncommittal' },
      ]),
    ],
  },
  {
    slug: 'late-confirm',
    published: '2025-04-28',
    url: 'https://example.net/e/late-confirm',
    site: 'example.net',
    sentences: [
      'Pyongyang acknowledged for the first time that its army fought alongside Russian forces in Kursk.',
      'Moscow thanked its ally the same day.',
    ],
    events: [
      deploy(undefined, undefined, [
        { by: 'PRK', stance: 'confirm' },
        { by: 'RUS', stance: 'confirm' },
      ]),
    ],
  },
  {
    slug: 'seoul-update',
    published: '2024-12-01',
    url: 'https://example.com/f/seoul-update',
    site: 'example.com',
    sentences: [
      'South Korea raised its estimate to 11,000 North Korean soldiers deployed to Russia.',
      'Officials cited new satellite images.',
    ],
    events: [deploy('2024-12', 11000, [{ by: 'KOR', stance: 'assert' }])],
  },
  {
    slug: 'border-shelling',
    published: '2025-05-08',
    url: 'https://example.org/g/border-shelling',
    site: 'example.org',
    sentences: [
      'Artillery fire was exchanged along the line of control overnight, the army said.',
      'Villages on both sides were evacuated.',
    ],
    events: [
      {
        type: 'ASSAULT',
        actors: ['PAK'],
        recipients: ['IND'],
        date: '2025-05-07',
        said: [{ by: null, stance: 'assert' }],
      },
    ],
  },
];

/** Seeded shuffle (mulberry32), so a failing order can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** An invented deployment as South Korea reports it: PRK troops to Russia on a day. */
export const reportedDeployment = (date: string, troops: number): FixtureEvent => ({
  type: 'MOBILIZE',
  actors: ['PRK'],
  recipients: ['RUS'],
  date,
  troops,
  said: [{ by: 'KOR', stance: 'assert' }],
});

/** A one-sentence invented article at `https://example.org/<folder>/<slug>`. */
export const oneLineArticle = (
  folder: string,
  slug: string,
  published: string,
  events: FixtureEvent[],
  words: string,
): Analysis =>
  buildAnalysis({
    slug,
    published,
    url: `https://example.org/${folder}/${slug}`,
    site: 'example.org',
    sentences: [`${words} (${slug}).`],
    events,
  });

/**
 * Ingests the reports into a fresh SQLite store and returns its incidents as the sorted slugs
 * (last URL segment) of their articles, sorted: which reports merging put together.
 */
export async function articleGroups(reports: Analysis[]): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-groups-'));
  const repo = await openSqliteRepository(join(dir, 'store.db'));
  for (const r of reports) await repo.ingest(r);
  const page = await repo.listIncidents({ limit: 100 });
  await repo.close();
  const slugOf = new Map(reports.map((r) => [r.id, r.url?.split('/').pop() ?? '']));
  return page.items.map((i) => i.articleIds.map((a) => slugOf.get(a) ?? a).sort()).sort();
}
