import type { Crisis, Incident } from '../model/index.js';
import { renderCrisisFeed, renderIncidentsFeed } from '../serve/feeds/atom.js';
import { toPlacesGeoJson } from '../serve/feeds/geojson.js';
import type { ExportFormat, JsonLayout } from './choose-format.js';
import type { ExportSources } from './export-sources.js';
import { incidentsCsv } from './incidents-csv.js';
import { toPloverRecord } from './plover-record.js';

export interface ExportOptions {
  format: ExportFormat;
  /** For `incidents` and `plover`: a JSON array or JSON Lines. */
  layout: JsonLayout;
  /** The public address of the Sitrep server that Atom and GeoJSON links point to. */
  baseUrl: string;
  /** What the store says beside the incidents: cited articles, evidence sentences. */
  sources?: ExportSources;
  /** When the export is one crisis: its Atom feed is that crisis's feed. */
  crisis?: Crisis | null;
}

export interface ExportResult {
  text: string;
  /** Incidents written. */
  written: number;
  /** Incidents written without a point (GeoJSON: a place without coordinates). */
  unlocated: number;
  /** Incidents the format could not hold (GeoJSON: no place). */
  leftOut: number;
}

function jsonText(records: readonly unknown[], layout: JsonLayout): string {
  if (layout === 'lines') return records.map((r) => JSON.stringify(r) + '\n').join('');
  return `[${records.map((r) => '\n' + JSON.stringify(r)).join(',')}\n]\n`;
}

/**
 * Writes incidents in one export format as a string, saying how many went in and how many the
 * format left out.
 *
 * @example
 * formatIncidents(page.items, { format: 'plover', layout: 'array', baseUrl }).text;
 */
export function formatIncidents(
  incidents: readonly Incident[],
  options: ExportOptions,
): ExportResult {
  const { format, layout, baseUrl, sources = {}, crisis } = options;
  const all = (text: string): ExportResult => ({
    text,
    written: incidents.length,
    unlocated: 0,
    leftOut: 0,
  });
  switch (format) {
    case 'incidents':
      return all(jsonText(incidents, layout));
    case 'plover':
      return all(
        jsonText(
          incidents.map((i) => toPloverRecord(i, sources)),
          layout,
        ),
      );
    case 'csv':
      return all(incidentsCsv(incidents, sources));
    case 'atom':
      return all(
        crisis
          ? renderCrisisFeed(baseUrl, crisis, incidents)
          : renderIncidentsFeed(baseUrl, incidents),
      );
    case 'geojson': {
      const geo = toPlacesGeoJson(baseUrl, incidents, sources.articles);
      return {
        text: JSON.stringify(geo) + '\n',
        written: geo.features.length,
        unlocated: geo.unlocated,
        leftOut: geo.leftOut,
      };
    }
  }
}
