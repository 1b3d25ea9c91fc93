/**
 * The report scorer's printout: scores per story and overall, and with `verbose` each claim's
 * gold status history and figures beside Sitrep's.
 */
import { ratio } from './event-scores.js';
import type { GoldClaim } from './report-gold.js';
import type { ClaimScore, ScoreTotals } from './report-score.js';
import { totalScores } from './report-score.js';

/** The score lines of one set of claims. */
export function formatTotals(label: string, t: ScoreTotals): string[] {
  return [
    `  ${label}:`,
    `    (a) claims found:             ${ratio(t.found, t.claims)}`,
    `    (b) final status right:       ${ratio(t.statusRight, t.claims)} of claims, ${ratio(t.statusRight, t.found)} of found`,
    `    (c) status changes too early or unsupported: ${t.early} of ${t.changes}; not too early ${ratio(t.changes - t.early, t.changes)}`,
    `    (d) statements recall (source, stance): ${ratio(t.statementsHit, t.statements)}; same article ${ratio(t.statementsHitSameArticle, t.statements)}`,
    `    (e) figures recall (value, unit): ${ratio(t.figuresHit, t.figures)}; precision ${ratio(t.pairsRight, t.pairs)}`,
  ];
}

/** Scores per story, then overall. */
export function formatScores(scores: readonly ClaimScore[]): string[] {
  const stories = [...new Set(scores.map((s) => s.claim.story))];
  return [
    ...stories.flatMap((story) =>
      formatTotals(story, totalScores(scores.filter((s) => s.claim.story === story))),
    ),
    ...formatTotals('overall', totalScores(scores)),
  ];
}

/** The stance that brings a claim to each status. */
const STANCE_OF: Readonly<Record<string, string>> = {
  asserted: 'assert',
  disputed: 'deny',
  denied: 'deny',
  confirmed: 'confirm',
};

/** Who in the `because` article brought the gold status: "nk-008: PRK deny, RUS deny". */
function goldBecause(claim: GoldClaim, status: string, article: string): string {
  const who = claim.statements
    .filter((s) => s.article === article && s.stance === STANCE_OF[status])
    .map((s) => `${s.source ?? 'null'} ${s.stance}`);
  return who.length > 0 ? `${article}: ${[...new Set(who)].join(', ')}` : article;
}

const side = (left: string[], right: string[], width: number): string[] =>
  Array.from({ length: Math.max(left.length, right.length) }, (_, i) =>
    `      ${(left[i] ?? '').padEnd(width)}  ${right[i] ?? ''}`.trimEnd(),
  );

/** One claim's gold history and figures beside Sitrep's, for a person to see where they part. */
export function formatClaimDetail(score: ClaimScore): string[] {
  const { claim, incident } = score;
  const out = [
    `  ${claim.claim} (${claim.types.join('/')} ${claim.actors.join('+') || '?'} -> ${claim.recipients.join('+') || '-'}, ${claim.date ?? 'undated'}): gold ${claim.status}, Sitrep ${incident ? `${incident.status} [${incident.id}: ${incident.summary}]` : 'not found'}`,
  ];
  if (!incident) return out;
  const goldHistory = claim.status_history.map(
    (h) => `${h.date ?? '(no date)'} ${h.status} (${goldBecause(claim, h.status, h.because)})`,
  );
  const verdicts = new Map(score.changes.map((c) => [`${c.on} ${c.status}`, c.verdict]));
  const ownHistory = incident.history.map((h) => {
    const verdict =
      h.on === null
        ? undefined
        : verdicts.get(`${h.on} ${h.status === 'reported' ? 'asserted' : h.status}`);
    return `${h.on ?? '(no date)'} ${h.status} (${h.because})${verdict && verdict !== 'ok' ? ` ${verdict.toUpperCase()}` : ''}`;
  });
  out.push(`    status history: gold | Sitrep`, ...side(goldHistory, ownHistory, 48));
  if (claim.figures.length > 0 || incident.figures.length > 0) {
    const goldFigures = claim.figures.map(
      (f) => `${f.value} ${f.unit} (${f.source ?? 'null'}, ${f.article})`,
    );
    const ownFigures = incident.figures.map(
      (f) =>
        `${f.value === null ? f.text : `${f.value} ${f.unit}`} (${f.source ?? 'null'}, ${f.articles.join(',') || '?'})`,
    );
    out.push(`    figures: gold | Sitrep`, ...side(goldFigures, ownFigures, 48));
  }
  const carried = new Set(incident.statements.map((s) => `${s.source ?? 'null'} ${s.stance}`));
  const missed = [
    ...new Set(
      claim.statements
        .map((s) => `${s.source ?? 'null'} ${s.stance}`)
        .filter((k) => !carried.has(k)),
    ),
  ];
  out.push(
    `    statements: ${score.statementsHit}/${score.statements} (source, stance) found, ${score.statementsHitSameArticle} in the same article${missed.length > 0 ? `; missing ${missed.join(', ')}` : ''}`,
  );
  return out;
}
