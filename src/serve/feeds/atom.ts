import type { Crisis, Incident } from '../../model/index.js';
import { STATUS_LABELS, crisisTitle, formatDate, formatQuantity, stanceText } from '../format.js';
import { escapeHtml } from '../html.js';
import { describeIncident } from '../pages/plain-sentence.js';

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

/** An ISO date or date-time as the RFC 3339 date-time Atom requires. */
export function toAtomDate(
  value: string | null | undefined,
  fallback = '1970-01-01T00:00:00Z',
): string {
  if (!value) return fallback;
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00Z`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

// Characters XML 1.0 forbids even escaped; article text can carry them.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text escaped for XML, with the characters XML cannot hold removed. */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(XML_INVALID, ''));
}

function renderFeed(feed: {
  id: string;
  title: string;
  /** The feed's own address; an exported file has none. */
  self: string | null;
  alternate: string;
  entries: AtomEntry[];
}): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? toAtomDate(null);
  const x = xmlText;
  const self = feed.self
    ? `\n<link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`
    : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${x(feed.id)}</id>
<title>${x(feed.title)}</title>
<updated>${updated}</updated>${self}
<link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>
<author><name>Sitrep</name></author>
<generator>Sitrep</generator>
${feed.entries
  .map(
    (e) => `<entry>
<id>${x(e.id)}</id>
<title>${x(e.title)}</title>
<updated>${e.updated}</updated>
<link rel="alternate" type="text/html" href="${x(e.link)}"/>
<summary type="text">${x(e.summary)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}

const claimUrl = (baseUrl: string, id: string) => `${baseUrl}/claim/${encodeURIComponent(id)}`;

/** One incident as an entry: its status and what happened, then each statement and figure. */
function incidentEntry(baseUrl: string, i: Incident): AtomEntry {
  return {
    id: claimUrl(baseUrl, i.id),
    title: `[${STATUS_LABELS[i.status]}] ${describeIncident(i)}`,
    updated: toAtomDate(i.lastReported ?? i.firstReported ?? i.when?.date),
    link: claimUrl(baseUrl, i.id),
    summary: [
      ...i.statements.map((s) => `${stanceText(s)} (${formatDate(s.saidOn)}): ${s.evidence.text}`),
      ...i.figures.map(
        (f) =>
          `${formatQuantity(f.quantity)}, according to ${f.source?.code ?? 'the outlet'} (${formatDate(f.saidOn)})`,
      ),
    ].join('\n'),
  };
}

/**
 * Atom feed of a crisis: one entry per incident, updated when it was last reported. `baseUrl` is
 * the public address of the Sitrep server (no trailing slash) that ids and links point to.
 *
 * @example
 * renderCrisisFeed('https://sitrep.example.org', crisis, incidents);
 */
export function renderCrisisFeed(
  baseUrl: string,
  crisis: Crisis,
  incidents: readonly Incident[],
): string {
  const alternate = `${baseUrl}/crisis/${encodeURIComponent(crisis.id)}`;
  return renderFeed({
    id: alternate,
    title: `${crisisTitle(crisis.name)} · Sitrep`,
    self: `${alternate}/feed.atom`,
    alternate,
    entries: incidents.map((i) => incidentEntry(baseUrl, i)),
  });
}

/**
 * Atom feed of any set of incidents (an export of the whole store): the entries of a crisis feed,
 * with no address of its own.
 *
 * @example
 * renderIncidentsFeed('https://sitrep.example.org', incidents);
 */
export function renderIncidentsFeed(
  baseUrl: string,
  incidents: readonly Incident[],
  title = 'Sitrep incidents',
): string {
  return renderFeed({
    id: `${baseUrl}/`,
    title,
    self: null,
    alternate: `${baseUrl}/`,
    entries: incidents.map((i) => incidentEntry(baseUrl, i)),
  });
}

/** Atom feed of a claim: one entry per statement, in the order they were made. */
export function renderClaimFeed(baseUrl: string, incident: Incident): string {
  const link = claimUrl(baseUrl, incident.id);
  return renderFeed({
    id: link,
    title: `${describeIncident(incident)} · Sitrep`,
    self: `${link}/feed.atom`,
    alternate: link,
    entries: incident.statements.map((s, n) => ({
      id: `${link}#statement-${n}-${s.eventId}`,
      title: stanceText(s),
      updated: toAtomDate(s.saidOn ?? s.published ?? incident.lastReported),
      link: s.articleUrl && /^https?:/i.test(s.articleUrl) ? s.articleUrl : link,
      summary: s.evidence.text,
    })),
  });
}
