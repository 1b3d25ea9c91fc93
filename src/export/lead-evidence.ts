import type { Evidence, Incident } from '../model/index.js';
import type { Repository } from '../store/repository.js';

/** The sentence an incident is shown by, and the article it stands in. */
export interface LeadEvidence {
  articleId: string;
  evidence: Evidence;
}

/** Incident id → its first event's sentence, for incidents no statement carries a sentence for. */
export type LeadEvidenceMap = ReadonlyMap<string, LeadEvidence>;

/**
 * Reads the first event of each incident that has no statement (an outlet's plain report), so
 * every exported incident carries its evidence sentence.
 *
 * @example
 * const lead = await loadLeadEvidence(repo, page.items);
 */
export async function loadLeadEvidence(
  repo: Pick<Repository, 'getEvent'>,
  incidents: readonly Incident[],
): Promise<LeadEvidenceMap> {
  const found = new Map<string, LeadEvidence>();
  for (const i of incidents) {
    const first = i.statements.length === 0 ? i.eventIds[0] : undefined;
    const event = first ? await repo.getEvent(first) : null;
    const evidence = event?.evidence[0];
    if (event && evidence) found.set(i.id, { articleId: event.articleId, evidence });
  }
  return found;
}

/** The incident's first statement's sentence, else its first event's, else a figure's. */
export function leadEvidenceOf(
  i: Incident,
  lead: LeadEvidenceMap = new Map(),
): LeadEvidence | null {
  const s = i.statements[0];
  if (s) return { articleId: s.articleId, evidence: s.evidence };
  const f = i.figures[0];
  return lead.get(i.id) ?? (f ? { articleId: f.articleId, evidence: f.evidence } : null);
}
