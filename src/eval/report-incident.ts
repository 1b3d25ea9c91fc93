/**
 * What the report scorer reads of a stored incident, with the store's article ids turned into
 * the corpus's ids (the gold names articles by their corpus id, the store by content hash).
 */
import type { Incident } from '../model/index.js';
import { toGoldUnit } from './report-units.js';

/** One statement of an incident: its source code (null: unnamed or the outlet) and stance. */
export interface ReportStatement {
  articles: string[];
  source: string | null;
  stance: string;
  saidOn: string | null;
}

/** One figure of an incident, in the gold's unit vocabulary. */
export interface ReportFigure {
  articles: string[];
  source: string | null;
  value: number | null;
  unit: string;
  text: string;
  saidOn: string | null;
}

/** An incident as the scorer sees it. */
export interface ReportIncident {
  id: string;
  summary: string;
  type: string;
  mode: string | null;
  actors: string[];
  recipients: string[];
  date: string | null;
  status: string;
  /** Status changes; `because` says who said what, in which (corpus) article. */
  history: { status: string; on: string | null; articles: string[]; because: string }[];
  statements: ReportStatement[];
  figures: ReportFigure[];
  /** Corpus ids of the articles that report it. */
  articles: Set<string>;
}

/**
 * The scorer's view of a stored incident; `corpusIds` names the corpus records a stored article
 * came from (several when the store kept one copy of identical texts).
 */
export function toReportIncident(
  incident: Incident,
  corpusIds: (storeArticleId: string) => string[],
): ReportIncident {
  const codes = (refs: { code: string }[]): string[] => [...new Set(refs.map((r) => r.code))];
  return {
    id: incident.id,
    summary: incident.summary,
    type: incident.type,
    mode: incident.mode,
    actors: codes(incident.actors),
    recipients: codes(incident.recipients),
    date: incident.when?.date ?? null,
    status: incident.status,
    history: incident.history.map((h) => ({
      status: h.status,
      on: h.on,
      articles: corpusIds(h.articleId),
      because: h.because.replace(h.articleId, corpusIds(h.articleId).join(',') || h.articleId),
    })),
    statements: incident.statements.map((s) => ({
      articles: corpusIds(s.articleId),
      source: s.sourceKind === 'actor' ? (s.source?.code ?? null) : null,
      stance: s.stance,
      saidOn: s.saidOn ?? s.published,
    })),
    figures: incident.figures.map((f) => ({
      articles: corpusIds(f.articleId),
      source: f.source?.code ?? null,
      value: f.quantity.value,
      unit: toGoldUnit(f.quantity.unit),
      text: f.quantity.text,
      saidOn: f.saidOn,
    })),
    articles: new Set(incident.articleIds.flatMap(corpusIds)),
  };
}
