import type { Incident } from '../model/index.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson', 'plover', 'atom'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const codes = (refs: Incident['actors']): string => refs.map((r) => r.code).join(';');
const sources = (i: Incident): string[] => [
  ...new Set(i.statements.map((s) => s.source?.code ?? s.outlet ?? s.sourceKind)),
];

/** One PLOVER-shaped record per incident (PLOVER's event fields; cite_info lists every report). */
export function toPloverRecord(i: Incident): Record<string, unknown> {
  const lead = i.statements[0];
  return {
    id: i.id,
    date: i.when?.date ?? i.firstReported?.slice(0, 10) ?? null,
    actor: i.actors[0]?.code ?? null,
    recipient: i.recipients[0]?.code ?? null,
    event: i.type,
    mode: i.mode ?? '',
    context: [],
    event_loc: i.place
      ? { name: i.place.name, country: i.place.country, lat: i.place.lat, lon: i.place.lon }
      : null,
    event_text: lead?.evidence.text ?? i.summary,
    cite_info: {
      articles: i.articleIds,
      first_reported: i.firstReported,
      status: i.status,
      sources: sources(i),
    },
  };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'id',
  'date',
  'type',
  'mode',
  'actors',
  'recipients',
  'place',
  'lat',
  'lon',
  'status',
  'sources',
  'articles',
  'crisis_id',
  'summary',
] as const;

function csvRow(i: Incident): string {
  return [
    i.id,
    i.when?.date ?? '',
    i.type,
    i.mode ?? '',
    codes(i.actors),
    codes(i.recipients),
    i.place?.name ?? '',
    i.place?.lat ?? '',
    i.place?.lon ?? '',
    i.status,
    sources(i).join(';'),
    i.articleIds.length,
    i.crisisId ?? '',
    i.summary,
  ]
    .map(csvCell)
    .join(',');
}

function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const toDateTime = (d: string | null | undefined): string => {
  if (!d) return '1970-01-01T00:00:00Z';
  if (d.includes('T')) return d;
  return `${d.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`;
};

function atom(incidents: readonly Incident[], title: string): string {
  const updated = incidents
    .map((i) => toDateTime(i.lastReported ?? i.when?.date))
    .sort()
    .pop();
  const entries = incidents.map((i) => {
    const head = `${i.type} ${codes(i.actors)}${i.recipients.length ? ' → ' + codes(i.recipients) : ''} (${i.status})`;
    const body = [
      i.summary,
      ...i.history.map((h) => `${h.on ?? '?'} ${h.status}: ${h.because}`),
      ...i.figures.map(
        (f) =>
          `${f.saidOn ?? '?'} ${f.quantity.value ?? f.quantity.qualifier} ${f.quantity.unit} (${f.source?.code ?? 'outlet'})`,
      ),
    ].join('\n');
    return [
      '  <entry>',
      `    <id>urn:sitrep:incident:${escapeXml(i.id)}</id>`,
      `    <title>${escapeXml(head)}</title>`,
      `    <updated>${escapeXml(toDateTime(i.lastReported ?? i.when?.date))}</updated>`,
      `    <category term="${escapeXml(i.type)}"/>`,
      `    <content type="text">${escapeXml(body)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:sitrep:incidents</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${escapeXml(updated ?? toDateTime(null))}</updated>`,
    '  <author><name>Sitrep</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/**
 * Writes incidents in one export format as a string.
 *
 * @example
 * formatIncidents(page.items, 'csv')
 */
export function formatIncidents(
  incidents: readonly Incident[],
  format: ExportFormat,
  title = 'Sitrep incidents',
): string {
  switch (format) {
    case 'jsonl':
      return incidents.map((i) => JSON.stringify(i) + '\n').join('');
    case 'plover':
      return incidents.map((i) => JSON.stringify(toPloverRecord(i)) + '\n').join('');
    case 'csv':
      return [CSV_COLUMNS.join(','), ...incidents.map(csvRow)].join('\r\n') + '\r\n';
    case 'geojson':
      return (
        JSON.stringify({
          type: 'FeatureCollection',
          features: incidents
            .filter((i) => i.place?.lat != null && i.place.lon != null)
            .map((i) => ({
              type: 'Feature',
              id: i.id,
              geometry: { type: 'Point', coordinates: [i.place?.lon, i.place?.lat] },
              properties: toPloverRecord(i),
            })),
        }) + '\n'
      );
    case 'atom':
      return atom(incidents, title);
  }
}
