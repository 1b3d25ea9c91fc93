/**
 * Scores of a merged report against the gold claims (`dev-claims-README.md`, "What a checker
 * should score"): claims found, final status, status changes not before the gold's, statements
 * recall, figures recall and precision.
 */
import type { GoldClaim } from './report-gold.js';
import type { ReportIncident } from './report-incident.js';

/** A status change Sitrep reports, judged against the gold history. */
export interface JudgedChange {
  status: string;
  on: string;
  verdict: 'ok' | 'early' | 'unsupported';
}

/** Counts of statements and figures, found and wanted, that add up over claims. */
export interface RecallCounts {
  statements: number;
  statementsHit: number;
  statementsHitSameArticle: number;
  figures: number;
  figuresHit: number;
  /** The incident's distinct (value, unit) figure pairs, and how many the gold has. */
  pairs: number;
  pairsRight: number;
}

const RECALL_KEYS = [
  'statements',
  'statementsHit',
  'statementsHitSameArticle',
  'figures',
  'figuresHit',
  'pairs',
  'pairsRight',
] as const satisfies readonly (keyof RecallCounts)[];

/** What one claim scores with the incident matched to it (if any). */
export interface ClaimScore extends RecallCounts {
  claim: GoldClaim;
  incident: ReportIncident | null;
  statusRight: boolean;
  changes: JudgedChange[];
}

/** Summed scores of a set of claims (a story, or all). */
export interface ScoreTotals extends RecallCounts {
  claims: number;
  found: number;
  statusRight: number;
  changes: number;
  early: number;
}

/** Sitrep's "reported" (only outlets and unnamed reports say it) is the gold's "asserted". */
export function goldStatusOf(status: string): string {
  return status === 'reported' ? 'asserted' : status;
}

/** Compares two partial dates at the coarser precision: negative when `a` is before `b`. */
export function compareCoarse(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

/**
 * Judges each dated status change: too early when dated before the gold's first date of that
 * status (for "asserted": the gold's first entry), unsupported when the gold never has the
 * status. Changes without a date, or whose gold entry has none, are not scored.
 */
export function judgeChanges(claim: GoldClaim, incident: ReportIncident): JudgedChange[] {
  const judged: JudgedChange[] = [];
  for (const change of incident.history) {
    if (change.on === null) continue;
    const status = goldStatusOf(change.status);
    const entry =
      status === 'asserted'
        ? claim.status_history[0]
        : claim.status_history.find((h) => h.status === status);
    if (!entry) {
      judged.push({ status, on: change.on, verdict: 'unsupported' });
      continue;
    }
    if (entry.date === null) continue;
    const early = compareCoarse(change.on, entry.date) < 0;
    judged.push({ status, on: change.on, verdict: early ? 'early' : 'ok' });
  }
  return judged;
}

const pairKey = (value: number, unit: string): string => `${value} ${unit}`;

/** Scores one claim against the incident matched to it (or none). */
export function scoreClaim(claim: GoldClaim, incident: ReportIncident | null): ClaimScore {
  const goldPairs = new Set(claim.figures.map((f) => pairKey(f.value, f.unit)));
  const score: ClaimScore = {
    claim,
    incident,
    statusRight: false,
    changes: [],
    statements: claim.statements.length,
    statementsHit: 0,
    statementsHitSameArticle: 0,
    figures: claim.figures.length,
    figuresHit: 0,
    pairs: 0,
    pairsRight: 0,
  };
  if (!incident) return score;
  score.statusRight = goldStatusOf(incident.status) === claim.status;
  score.changes = judgeChanges(claim, incident);
  for (const g of claim.statements) {
    const same = incident.statements.filter((s) => s.source === g.source && s.stance === g.stance);
    if (same.length > 0) score.statementsHit++;
    if (same.some((s) => s.articles.includes(g.article))) score.statementsHitSameArticle++;
  }
  const got = new Set(
    incident.figures.flatMap((f) => (f.value === null ? [] : [pairKey(f.value, f.unit)])),
  );
  score.figuresHit = claim.figures.filter((f) => got.has(pairKey(f.value, f.unit))).length;
  score.pairs = got.size;
  score.pairsRight = [...got].filter((p) => goldPairs.has(p)).length;
  return score;
}

/** Sums claim scores. */
export function totalScores(scores: readonly ClaimScore[]): ScoreTotals {
  const t: ScoreTotals = {
    claims: 0,
    found: 0,
    statusRight: 0,
    changes: 0,
    early: 0,
    statements: 0,
    statementsHit: 0,
    statementsHitSameArticle: 0,
    figures: 0,
    figuresHit: 0,
    pairs: 0,
    pairsRight: 0,
  };
  for (const s of scores) {
    t.claims++;
    if (s.incident) t.found++;
    if (s.statusRight) t.statusRight++;
    t.changes += s.changes.length;
    t.early += s.changes.filter((c) => c.verdict !== 'ok').length;
    for (const key of RECALL_KEYS) t[key] += s[key];
  }
  return t;
}
