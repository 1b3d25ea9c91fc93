import type { Incident } from '../model/index.js';
import type { Repository } from '../store/repository.js';
import type { CitedArticles } from './cited-articles.js';
import { loadCitedArticles } from './cited-articles.js';
import type { LeadEvidenceMap } from './lead-evidence.js';
import { loadLeadEvidence } from './lead-evidence.js';

/** What an export reads from the store beside the incidents. */
export interface ExportSources {
  /** The stored articles the incidents cite (titles, URLs, outlets). */
  articles?: CitedArticles;
  /** Evidence sentences of incidents without statements. */
  lead?: LeadEvidenceMap;
}

/**
 * Reads what the exports need beside the incidents: the cited articles and the evidence of
 * incidents that no statement carries.
 *
 * @example
 * formatIncidents(items, { ...choice, baseUrl, sources: await loadExportSources(repo, items) });
 */
export async function loadExportSources(
  repo: Pick<Repository, 'listArticles' | 'getEvent'>,
  incidents: readonly Incident[],
): Promise<ExportSources> {
  return {
    articles: await loadCitedArticles(repo, incidents),
    lead: await loadLeadEvidence(repo, incidents),
  };
}
