/**
 * Scores a merged report (the incidents of a store) against a gold claim timeline: match the
 * claims to incidents, then score each claim.
 */
import type { Repository } from '../store/repository.js';
import type { GoldClaim } from './report-gold.js';
import { toReportIncident, type ReportIncident } from './report-incident.js';
import { matchClaims, type MatchRule } from './report-match.js';
import { scoreClaim, type ClaimScore } from './report-score.js';

/** Each claim's score with the incident the rule matches to it. */
export function scoreReport(
  claims: readonly GoldClaim[],
  incidents: readonly ReportIncident[],
  rule: MatchRule,
): ClaimScore[] {
  const match = matchClaims(claims, incidents, rule);
  return claims.map((claim, ci) => {
    const ii = match.get(ci);
    return scoreClaim(claim, ii === undefined ? null : (incidents[ii] ?? null));
  });
}

/**
 * Every incident of the store, as the scorer sees it; `corpusIds` maps a stored article id to
 * the corpus ids it was ingested from.
 */
export async function readReport(
  repo: Repository,
  corpusIds: ReadonlyMap<string, readonly string[]>,
): Promise<ReportIncident[]> {
  const incidents: ReportIncident[] = [];
  const ids = (storeId: string): string[] => [...(corpusIds.get(storeId) ?? [])];
  for (let offset = 0; ;) {
    const page = await repo.listIncidents({ limit: 500, offset, order: 'oldest' });
    incidents.push(...page.items.map((i) => toReportIncident(i, ids)));
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return incidents;
  }
}
