import { readFileSync } from 'node:fs';
import type { Event } from '../model/index.js';
import { analyze as analyzeArticle } from '../pipeline.js';

/** The analysis the evaluation scores: the pipeline's by default. */
export type AnalyzeFn = typeof analyzeArticle;
import { computePrf, formatPrf, ratio } from './event-scores.js';

interface GsrActor {
  code?: string;
}
interface GsrRecord {
  id: string;
  date?: string;
  event: string;
  text: string;
  source?: (GsrActor | string)[] | string | null;
  target?: (GsrActor | string)[] | string | null;
}

// PLOVER 0.5 categories onto the 16 current types (the data set's README).
const OLD_TYPES: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

function codes(list: (GsrActor | string)[] | string | null | undefined): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((a) => (typeof a === 'string' ? a : (a.code ?? '')))
    .filter((c) => /^[A-Z]{3,4}$/.test(c));
}

// The records write the class 'IGO' for every intergovernmental body, where CAMEO writes the class
// and the body (IGOUNO, IGOEUR, IGOWSTNAT) and Sitrep the body alone (UNO, EUR, NATO). A Sitrep
// code of that family names an IGO; any other code must be the gold's own.
const IGO_FAMILY = new Set(['IGO', 'UNO', 'EUR', 'NATO']);

/** Whether Sitrep's code names the gold's actor: the same code, or a body of the gold's class. */
export function sameActor(gold: string, got: string): boolean {
  return gold === got || (gold === 'IGO' && IGO_FAMILY.has(got));
}

function overlaps(gold: string[], got: { code: string }[], strict = false): boolean {
  return got.some((g) => gold.some((code) => (strict ? code === g.code : sameActor(code, g.code))));
}

/** Scores sentence-level type, source and target on the PLOVER gold-standard records. */
export function evaluateGsr(
  file: string,
  verbose: boolean,
  analyze: AnalyzeFn = analyzeArticle,
): string[] {
  let records: GsrRecord[];
  try {
    records = JSON.parse(readFileSync(file, 'utf8')) as GsrRecord[];
  } catch (err) {
    return [`PLOVER GSR: cannot read ${file} (${(err as Error).message}); skipped`];
  }
  const out: string[] = [];
  let firstOk = 0;
  let anyOk = 0;
  let withEvent = 0;
  let srcOk = 0;
  let srcN = 0;
  let tgtOk = 0;
  let tgtN = 0;
  let typeSrcOk = 0;
  // the same with codes compared letter for letter (no IGO class), to show what the class rule adds
  let typeSrcStrict = 0;
  const types = new Map<string, { tp: number; predicted: number; gold: number }>();
  const slot = (t: string): { tp: number; predicted: number; gold: number } => {
    const s = types.get(t) ?? { tp: 0, predicted: 0, gold: 0 };
    types.set(t, s);
    return s;
  };
  const misses: string[] = [];
  const actorMisses: string[] = [];
  for (const r of records) {
    const gold = OLD_TYPES[r.event] ?? r.event;
    const published = /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') ? r.date : undefined;
    const events: Event[] = analyze(
      { source: `gsr#${r.id}`, body: r.text, format: 'text' },
      published ? { published } : {},
    ).events;
    const first = events[0];
    const chosen = events.find((e) => e.type === gold) ?? first;
    if (first) withEvent++;
    if (first?.type === gold) firstOk++;
    if (events.some((e) => e.type === gold)) anyOk++;
    slot(gold).gold++;
    if (first) slot(first.type).predicted++;
    if (first?.type === gold) slot(gold).tp++;
    const src = codes(r.source);
    const tgt = codes(r.target);
    const got = chosen ? `got ${chosen.summary}` : 'got (no event)';
    const typedWithSource = (strict: boolean): boolean =>
      events.some((e) => e.type === gold && (src.length === 0 || overlaps(src, e.actors, strict)));
    if (typedWithSource(false)) typeSrcOk++;
    if (typedWithSource(true)) typeSrcStrict++;
    if (src.length > 0) {
      srcN++;
      if (chosen && overlaps(src, chosen.actors)) srcOk++;
      else actorMisses.push(`  ${r.id}: source ${src.join('+')} wanted, ${got}`);
    }
    if (tgt.length > 0) {
      tgtN++;
      // reciprocal events list every party as an actor: the other parties count as targets
      const others = chosen ? [...chosen.recipients, ...chosen.actors.slice(1)] : [];
      if (chosen && overlaps(tgt, others)) tgtOk++;
      else actorMisses.push(`  ${r.id}: target ${tgt.join('+')} wanted, ${got}`);
    }
    if (first?.type !== gold)
      misses.push(
        `  ${r.id}: gold ${gold}, got ${events.map((e) => e.summary).join(' | ') || '(no event)'}`,
      );
  }
  const n = records.length;
  out.push(`PLOVER GSR sentences (${file}): ${n} records`);
  out.push(`  type accuracy (first event):   ${ratio(firstOk, n)}`);
  out.push(`  type accuracy (any event):     ${ratio(anyOk, n)}`);
  out.push(`  sentences with an event:       ${ratio(withEvent, n)}`);
  out.push(`  type with the right source:    ${ratio(typeSrcOk, n)}`);
  out.push(`    codes letter for letter:     ${ratio(typeSrcStrict, n)} (gold 'IGO' wants 'IGO')`);
  out.push(`  source actor accuracy:         ${ratio(srcOk, srcN)}`);
  out.push(`  target actor accuracy:         ${ratio(tgtOk, tgtN)}`);
  out.push('  per type (first event):');
  for (const [t, s] of [...types.entries()].sort())
    out.push(`    ${formatPrf(t, computePrf(s.tp, s.predicted, s.gold))}`);
  out.push(`  type misses: ${misses.length}${verbose ? '' : ' (first 15; --verbose for all)'}`);
  out.push(...(verbose ? misses : misses.slice(0, 15)));
  if (verbose) out.push(`  actor misses: ${actorMisses.length}`, ...actorMisses);
  return out;
}
