import type {
  ActorRef,
  ClaimStatement,
  Evidence,
  Figure,
  Incident,
  Place,
} from '../model/index.js';
import { VERSION } from '../version.js';
import type { CitedArticle } from './cited-articles.js';
import { articlesOf } from './cited-articles.js';
import type { ExportSources } from './export-sources.js';
import { leadEvidenceOf } from './lead-evidence.js';

/** PLOVER's entity object (code, sector, the text found, the name it resolved to). */
function entity(a: ActorRef) {
  return {
    code: a.code,
    sector: a.sector,
    entity_text: a.text,
    identifier_text: a.name,
    ...(a.entry ? { dictionary_entry: a.entry } : {}),
  };
}

// PLOVER's location resolution: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
const RESOLUTION: Record<Place['precision'], number | null> = {
  site: 5,
  city: 4,
  region: 2,
  country: 1,
  water: null,
};

/** PLOVER's location object, with Sitrep's own precision word beside the resolution code. */
function eventLoc(p: Place) {
  return {
    extracted_place: p.text,
    resolved_place: p.name,
    lat: p.lat,
    lon: p.lon,
    country_code: p.country,
    precision: p.precision,
    resolution: RESOLUTION[p.precision],
  };
}

/** PLOVER's citation fields for one article. */
const citation = (a: CitedArticle) => ({
  url: a.url,
  title: a.title,
  publication: a.outlet,
  date: a.published,
});

/** Where a sentence stands in its article (UTF-16 offsets into the article text). */
const textInfo = (articleId: string, e: Evidence) => ({
  article_id: articleId,
  start: e.span.start,
  end: e.span.end,
});

function claim(s: ClaimStatement) {
  return {
    source: s.source ? entity(s.source) : null,
    source_kind: s.sourceKind,
    stance: s.stance,
    said_on: s.saidOn,
    cue: s.cue,
    text: s.evidence.text,
    text_info: textInfo(s.articleId, s.evidence),
  };
}

function figure(f: Figure) {
  return {
    value: f.quantity.value,
    unit: f.quantity.unit,
    qualifier: f.quantity.qualifier,
    text: f.quantity.text,
    source: f.source ? entity(f.source) : null,
    said_on: f.saidOn,
    evidence: f.evidence.text,
    text_info: textInfo(f.articleId, f.evidence),
  };
}

/**
 * One incident as a PLOVER event record: PLOVER's fields (`actor` and `recipient` as lists of
 * entities, `event_loc`, `event_text`, `text_info` and `cite_info` of the first report) plus
 * Sitrep's own: claim `status` and its history, every `claims` statement with its stance and
 * source, `figures`, and every article in `articles`.
 *
 * @example
 * JSON.stringify(toPloverRecord(incident, articles));
 */
export function toPloverRecord(i: Incident, sources: ExportSources = {}): Record<string, unknown> {
  const cited = articlesOf(i, sources.articles);
  const lead = leadEvidenceOf(i, sources.lead);
  const leadArticle = cited.find((a) => a.id === lead?.articleId) ?? cited[0];
  const sentences = i.statements.map((s) => s.evidence.text);
  return {
    id: i.id,
    date: i.when?.date ?? null,
    date_precision: i.when?.precision ?? null,
    actor: i.actors.map(entity),
    recipient: i.recipients.map(entity),
    event: [i.type],
    mode: i.mode ? [i.mode] : [],
    context: [],
    event_loc: i.place ? eventLoc(i.place) : null,
    event_text: [...new Set(lead ? [lead.evidence.text, ...sentences] : sentences)],
    text_info: lead ? textInfo(lead.articleId, lead.evidence) : null,
    cite_info: leadArticle
      ? { ...citation(leadArticle), coder: `sitrep ${VERSION}`, codebook: 'PLOVER' }
      : null,
    status: i.status,
    status_history: i.history.map((h) => ({ status: h.status, on: h.on, because: h.because })),
    claims: i.statements.map(claim),
    figures: i.figures.map(figure),
    articles: cited.map((a) => ({ id: a.id, ...citation(a) })),
    crisis_id: i.crisisId,
    summary: i.summary,
    first_reported: i.firstReported,
    last_reported: i.lastReported,
  };
}
