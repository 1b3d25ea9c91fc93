import { stringify } from 'csv-stringify/sync';
import type { Incident } from '../model/index.js';
import { articleUrlsOf } from './cited-articles.js';
import type { ExportSources } from './export-sources.js';
import { leadEvidenceOf } from './lead-evidence.js';
import { FIGURE_COLUMNS, figureCells, figureText } from './figure-columns.js';

const COLUMNS = [
  'id',
  'date',
  'date_precision',
  'type',
  'mode',
  'actors',
  'recipients',
  'place',
  'country',
  'lat',
  'lon',
  'place_precision',
  'status',
  ...FIGURE_COLUMNS,
  'other_figures',
  'figures',
  'sources',
  'stances',
  'article_urls',
  'evidence',
  'crisis_id',
  'summary',
] as const;

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first: OWASP's CSV
 * injection) gets a leading `'`, which spreadsheets show as text; article text is hostile input.
 * Numbers are not strings here and keep their sign.
 */
export const inertCell = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const codes = (refs: Incident['actors']): string => refs.map((r) => r.code).join(';');

/** Who carries the claim: the source's code, or the outlet when it speaks in its own voice. */
const sourceOf = (s: Incident['statements'][number]): string =>
  s.source?.code ?? s.outlet ?? s.sourceKind;

function row(i: Incident, sources: ExportSources): Record<(typeof COLUMNS)[number], unknown> {
  const p = i.place;
  return {
    id: i.id,
    date: i.when?.date,
    date_precision: i.when?.precision,
    type: i.type,
    mode: i.mode,
    actors: codes(i.actors),
    recipients: codes(i.recipients),
    place: p?.name,
    country: p?.country,
    lat: p?.lat,
    lon: p?.lon,
    place_precision: p?.precision,
    status: i.status,
    ...figureCells(i.figures),
    figures: i.figures.map(figureText).join('; '),
    sources: [...new Set(i.statements.map(sourceOf))].join(';'),
    stances: i.statements.map((s) => `${sourceOf(s)}:${s.stance}`).join(';'),
    article_urls: articleUrlsOf(i, sources.articles).join(' '),
    evidence: leadEvidenceOf(i, sources.lead)?.evidence.text,
    crisis_id: i.crisisId,
    summary: i.summary,
  };
}

/**
 * Incidents as CSV (RFC 4180: CRLF rows, quoted cells): one row each, with the killed, wounded and
 * troops figures as the range the sources give, the other figures in words, the claim's status,
 * its sources and stances, the article URLs and the first evidence sentence.
 *
 * @example
 * writeFileSync('incidents.csv', incidentsCsv(page.items, articles));
 */
export function incidentsCsv(incidents: readonly Incident[], sources: ExportSources = {}): string {
  return stringify(
    incidents.map((i) => row(i, sources)),
    {
      header: true,
      columns: [...COLUMNS],
      record_delimiter: 'windows',
      // Rows end in CRLF, so a bare LF or CR in a cell is not quoted unless asked.
      quoted_match: /[\r\n]/,
      cast: { string: inertCell },
    },
  );
}
