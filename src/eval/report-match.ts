/**
 * Matching a merged report to the gold claims (`dev-claims-README.md`, "Matching a system's
 * report to a claim"): which incidents a claim admits, and one incident per claim.
 */
import { datesAgree } from './event-match.js';
import { claimArticles, type GoldClaim } from './report-gold.js';
import type { ReportIncident } from './report-incident.js';

/** `core`: the README's three conditions; `reciprocal`: also its reciprocal-coding additions. */
export type MatchRule = 'core' | 'reciprocal';

const overlaps = (a: readonly string[], b: readonly string[]): boolean =>
  a.some((x) => b.includes(x));

/**
 * Does the claim admit the incident? Core rule: type among the claim's types, actors overlap
 * (no condition when the claim has none), recipients overlap or both empty. The reciprocal rule
 * also admits an incident with no recipients whose actors overlap both the claim's actors and
 * recipients, and, for a claim with no recipients, one whose recipients are all claim actors.
 */
export function claimAdmits(claim: GoldClaim, incident: ReportIncident, rule: MatchRule): boolean {
  if (!claim.types.includes(incident.type)) return false;
  const actorsOk = claim.actors.length === 0 || overlaps(claim.actors, incident.actors);
  const recipientsOk =
    claim.recipients.length === 0
      ? incident.recipients.length === 0
      : overlaps(claim.recipients, incident.recipients);
  if (actorsOk && recipientsOk) return true;
  if (rule === 'core') return false;
  const twoSided =
    incident.recipients.length === 0 &&
    claim.recipients.length > 0 &&
    overlaps(claim.actors, incident.actors) &&
    overlaps(claim.recipients, incident.actors);
  const oneSidedJoint =
    claim.recipients.length === 0 &&
    actorsOk &&
    incident.recipients.length > 0 &&
    incident.recipients.every((r) => claim.actors.includes(r));
  return twoSided || oneSidedJoint;
}

/** How well an admitted incident fits a claim, compared in order: shared articles, date, mode. */
function fit(claim: GoldClaim, incident: ReportIncident): [number, number, number] {
  const shared = [...claimArticles(claim)].filter((a) => incident.articles.has(a)).length;
  const date = claim.date !== null && datesAgree(claim.date, incident.date) ? 1 : 0;
  const mode = claim.mode !== null && claim.mode === incident.mode ? 1 : 0;
  return [shared, date, mode];
}

/**
 * Assigns each claim at most one incident and each incident at most one claim: among the pairs
 * the rule admits that share at least one source article, the best fitting pair is taken first
 * (most shared articles, then date agreement, then equal mode; ties by listing order).
 * Returns claim index → incident index.
 */
export function matchClaims(
  claims: readonly GoldClaim[],
  incidents: readonly ReportIncident[],
  rule: MatchRule,
): Map<number, number> {
  const pairs: { ci: number; ii: number; score: [number, number, number] }[] = [];
  claims.forEach((claim, ci) =>
    incidents.forEach((incident, ii) => {
      if (!claimAdmits(claim, incident, rule)) return;
      const score = fit(claim, incident);
      if (score[0] > 0) pairs.push({ ci, ii, score });
    }),
  );
  pairs.sort(
    (a, b) =>
      b.score[0] - a.score[0] ||
      b.score[1] - a.score[1] ||
      b.score[2] - a.score[2] ||
      a.ci - b.ci ||
      a.ii - b.ii,
  );
  const match = new Map<number, number>();
  const taken = new Set<number>();
  for (const { ci, ii } of pairs) {
    if (match.has(ci) || taken.has(ii)) continue;
    match.set(ci, ii);
    taken.add(ii);
  }
  return match;
}
