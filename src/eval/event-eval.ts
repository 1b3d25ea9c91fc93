import { existsSync, readFileSync } from 'node:fs';
import type { Event } from '../model/index.js';
import { loadActorIndex } from '../annotate/actors/actor-index.js';
import { analyze as analyzeArticle } from '../pipeline.js';

/** The analysis the evaluation scores: the pipeline's by default. */
export type AnalyzeFn = typeof analyzeArticle;
import {
  datesAgree,
  eventMatches,
  isCountable,
  matchBest,
  matchOneToOne,
  placesAgree,
  type GoldItem,
} from './event-match.js';
import { computePrf, formatPrf, ratio } from './event-scores.js';

// A date as the gold wants it: the same day, month or year; none where the gold has none.
function strictDatesAgree(g: GoldItem, e: Event): boolean {
  return g.date === null ? e.when === null : datesAgree(g.date, e.when?.date ?? null);
}

// The event's codes, each once, are exactly the gold's.
function sameCodes(got: { code: string }[], want: string[]): boolean {
  return [...new Set(got.map((x) => x.code))].sort().join(',') === [...want].sort().join(',');
}

interface CorpusArticle {
  id: string;
  text: string;
  published: string | null;
  title: string | null;
}

export interface EventEvalPaths {
  /** The set's name in the report ("dev-gold", "dev2-gold"). */
  name: string;
  corpus: string;
  gold: string;
  /** The seed article, for gold items on article `seed`. */
  seed?: string;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

function pairKey(source: string | null, stance: string): string {
  return `${source ?? '(unnamed)'}:${stance}`;
}

function describeGold(g: GoldItem): string {
  return `${g.actors.join('+') || '?'}${g.recipients.length ? ` -> ${g.recipients.join('+')}` : ''}: ${g.types.join('/')}${g.mode ? `/${g.mode}` : ''} ${g.date ?? '(no date)'} [${g.attributions.map((a) => pairKey(a.source, a.stance)).join(', ')}]`;
}

/** Scores article-level events and claims against a gold file of format v1 (README matching rules). */
export function evaluateEvents(
  paths: EventEvalPaths,
  verbose: boolean,
  analyze: AnalyzeFn = analyzeArticle,
): string[] {
  if (!existsSync(paths.gold) || !existsSync(paths.corpus))
    return [`${paths.name}: ${paths.gold} or ${paths.corpus} is missing; skipped`];
  const gold = readJsonl<GoldItem>(paths.gold);
  const corpus = new Map(readJsonl<CorpusArticle>(paths.corpus).map((a) => [a.id, a]));
  if (gold.some((g) => g.article === 'seed') && paths.seed && existsSync(paths.seed))
    corpus.set('seed', {
      id: 'seed',
      text: readFileSync(paths.seed, 'utf8'),
      published: '2024-11-06',
      title: null,
    });
  const articles = [...new Set(gold.map((g) => g.article))];
  let tp = 0;
  let predicted = 0;
  const perType = new Map<string, { tp: number; predicted: number; gold: number }>();
  const slot = (t: string): { tp: number; predicted: number; gold: number } => {
    const s = perType.get(t) ?? { tp: 0, predicted: 0, gold: 0 };
    perType.set(t, s);
    return s;
  };
  let dateOk = 0;
  let dateN = 0;
  let strictDateOk = 0;
  let placeOk = 0;
  let placedOk = 0;
  let placedN = 0;
  const countryNames = loadActorIndex().countryNames;
  const countryName = (code: string): string | undefined => countryNames.get(code);
  let stanceOk = 0;
  let stanceN = 0;
  let pairHit = 0;
  let pairGold = 0;
  let pairGot = 0;
  let actorOk = 0;
  let recipientOk = 0;
  let matched = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const wrongStances: string[] = [];
  const missedPairs: string[] = [];
  const wrongPlaces: string[] = [];
  for (const id of articles) {
    const article = corpus.get(id);
    const items = gold.filter((g) => g.article === id);
    if (!article) {
      misses.push(...items.map((g) => `  ${id}: article not in the corpus: ${describeGold(g)}`));
      continue;
    }
    const events: Event[] = analyze(
      {
        source: id,
        id,
        body: article.text,
        format: 'text',
        ...(article.title ? { title: article.title } : {}),
      },
      article.published ? { published: article.published } : {},
    ).events.filter(isCountable);
    predicted += events.length;
    for (const e of events) slot(e.type).predicted++;
    for (const g of items) slot(g.types[0] ?? '?').gold++;
    // the most pairs, and among those the pairing whose dates, places and parties agree most
    const agreement = (g: GoldItem, e: Event): number =>
      Number(strictDatesAgree(g, e)) +
      Number(placesAgree(g.place, e.place, countryName)) +
      Number(sameCodes(e.actors, g.actors)) +
      Number(sameCodes(e.recipients, g.recipients));
    const match = matchBest(items, events, (g, e) => eventMatches(g, e), agreement);
    // without the date condition: how often the date is right when type and parties are; the
    // README's pairs are kept, so a right date is not lost to another, equally good pairing
    const loose = matchOneToOne(items, events, (g, e) => eventMatches(g, e, false), match);
    for (const [gi, ei] of loose) {
      const g = items[gi];
      const e = events[ei];
      if (!g || !e || g.date === null) continue;
      dateN++;
      if (datesAgree(g.date, e.when?.date ?? null)) dateOk++;
    }
    const used = new Set<number>();
    items.forEach((g, gi) => {
      const ei = match.get(gi);
      const e = ei === undefined ? undefined : events[ei];
      if (ei === undefined || !e) {
        misses.push(`  ${id}: ${describeGold(g)}\n      evidence: ${g.evidence.slice(0, 160)}`);
        return;
      }
      used.add(ei);
      tp++;
      matched++;
      if (e.type === g.types[0] || g.types.includes(e.type)) slot(g.types[0] ?? '?').tp++;
      if (strictDatesAgree(g, e)) strictDateOk++;
      const placeRight = placesAgree(g.place, e.place, countryName);
      if (placeRight) placeOk++;
      else
        wrongPlaces.push(
          `  ${id}: place ${g.place === null ? '(none)' : `"${g.place}"`} wanted, got ${e.place ? `"${e.place.text}"` : '(none)'} on ${e.summary}`,
        );
      if (g.place !== null) {
        placedN++;
        if (placeRight) placedOk++;
      }
      if (sameCodes(e.actors, g.actors)) actorOk++;
      if (sameCodes(e.recipients, g.recipients)) recipientOk++;
      const got = new Set(
        e.attributions
          .filter((a) => a.sourceKind !== 'outlet')
          .map((a) => pairKey(a.source?.code ?? null, a.stance)),
      );
      const want = new Set(g.attributions.map((a) => pairKey(a.source, a.stance)));
      pairGold += want.size;
      pairGot += got.size;
      for (const k of want) {
        if (got.has(k)) pairHit++;
        else missedPairs.push(`  ${id}: ${k} wanted on ${e.summary}`);
      }
      // stance accuracy: for each gold source that Sitrep also names, is the stance the same?
      for (const a of g.attributions) {
        const sameSource = e.attributions.filter((x) => (x.source?.code ?? null) === a.source);
        if (sameSource.length === 0) continue;
        stanceN++;
        if (sameSource.some((x) => x.stance === a.stance)) stanceOk++;
        else
          wrongStances.push(
            `  ${id}: ${pairKey(a.source, a.stance)} wanted, got ${sameSource.map((x) => x.stance).join('/')} on ${e.summary}`,
          );
      }
    });
    events.forEach((e, ei) => {
      if (!used.has(ei))
        falseAlarms.push(
          `  ${id}: ${e.summary} [${e.attributions.map((a) => pairKey(a.source?.code ?? null, a.stance)).join(', ')}]\n      evidence: ${(e.evidence[0]?.text ?? '').slice(0, 160)}`,
        );
    });
  }
  const goldN = gold.length;
  const out: string[] = [];
  out.push(
    `${paths.name} events (${paths.gold}): ${articles.length} articles, ${goldN} gold items, ${predicted} events counted (asserted or planned)`,
  );
  out.push(`  ${formatPrf('overall', computePrf(tp, predicted, goldN))}`);
  out.push('  per type (gold: preferred type; extracted: its type):');
  for (const [t, s] of [...perType.entries()].sort())
    out.push(`    ${formatPrf(t, computePrf(Math.min(s.tp, s.predicted), s.predicted, s.gold))}`);
  out.push(`  date accuracy (type+parties matched, gold dated): ${ratio(dateOk, dateN)}`);
  out.push(
    `  date accuracy (matched; undated gold wants no date): ${ratio(strictDateOk, matched)}`,
  );
  out.push(`  place accuracy (matched, gold placed):         ${ratio(placedOk, placedN)}`);
  out.push(`  place accuracy (matched; unplaced gold wants none): ${ratio(placeOk, matched)}`);
  out.push(`  stance accuracy (gold sources Sitrep names):    ${ratio(stanceOk, stanceN)}`);
  out.push(
    `  (source, stance) pairs: recall ${ratio(pairHit, pairGold)}, precision ${ratio(pairHit, pairGot)}`,
  );
  out.push(`  actor accuracy (exact codes, matched):          ${ratio(actorOk, matched)}`);
  out.push(`  recipient accuracy (exact codes, matched):      ${ratio(recipientOk, matched)}`);
  const cut = (l: string[]): string[] => (verbose ? l : l.slice(0, 12));
  out.push(`  misses: ${misses.length}${verbose ? '' : ' (first 12; --verbose for all)'}`);
  out.push(...cut(misses));
  out.push(
    `  false alarms: ${falseAlarms.length}${verbose ? '' : ' (first 12; --verbose for all)'}`,
  );
  out.push(...cut(falseAlarms));
  out.push(
    `  wrong stances on matched events: ${wrongStances.length}${verbose ? '' : ' (first 12; --verbose for all)'}`,
  );
  out.push(...cut(wrongStances));
  if (verbose) out.push(`  claims missed on matched events: ${missedPairs.length}`, ...missedPairs);
  if (verbose) out.push(`  wrong places on matched events: ${wrongPlaces.length}`, ...wrongPlaces);
  return out;
}
