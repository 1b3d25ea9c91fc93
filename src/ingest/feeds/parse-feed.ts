import { parseFeed } from 'feedsmith';
import type { FeedItem } from './feed-item.js';
import { SourceFormatError } from './source-error.js';
import { findXmlFault, xmlIsComplete, xmlRootName } from './xml-text.js';

type Loose = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v) return str((v as Loose).value);
  return null;
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const list = links as Loose[];
  const alt = list.find((l) => !l.rel || l.rel === 'alternate') ?? list[0];
  return str(alt?.href);
}

function toItem(raw: Loose, format: string, base: string): FeedItem | null {
  let id: string | null;
  let link: string | null;
  let published: string | null;
  if (format === 'atom') {
    id = str(raw.id);
    link = atomLink(raw.links);
    published = str(raw.published) ?? str(raw.updated);
  } else if (format === 'json') {
    id = str(raw.id);
    link = str(raw.url) ?? str(raw.external_url);
    published = str(raw.date_published) ?? str(raw.date_modified);
  } else {
    id = str(raw.guid) ?? str((raw.rdf as Loose | undefined)?.about);
    link = str(raw.link);
    const dc = raw.dc as Loose | undefined;
    published = str(raw.pubDate) ?? (Array.isArray(dc?.dates) ? str(dc.dates[0]) : str(dc?.date));
  }
  const url = absolute(link, base);
  const key = id ?? url;
  if (!key) return null;
  const title = str(raw.title);
  return { key, url, title, published: normaliseDate(published) };
}

function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

/**
 * Items of an RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed document, links made absolute.
 * A malformed or cut-off document gives a {@link SourceFormatError} naming the problem.
 *
 * @example
 * parseFeedItems(xmlText, 'https://example.org/feed.xml')[0]?.url;
 */
export function parseFeedItems(text: string, url: string): { format: string; items: FeedItem[] } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    const root = xmlRootName(trimmed);
    if (!root) throw new SourceFormatError(url, 'feed is not well-formed XML: no root element');
    if (!xmlIsComplete(trimmed, root)) {
      throw new SourceFormatError(
        url,
        `feed is truncated: the <${root}> element is never closed (the download was cut off or the file is damaged)`,
      );
    }
  }
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    // Where the XML goes wrong says more than the parser's own message.
    const fault = trimmed.startsWith('<') ? findXmlFault(trimmed) : null;
    throw new SourceFormatError(
      url,
      fault
        ? `feed is not well-formed XML (${fault}): the source publishes a broken file`
        : /unrecognized/i.test(why)
          ? 'not a feed: neither RSS, Atom, RDF nor JSON Feed'
          : `feed is malformed (${why}): check that it is valid RSS, Atom, RDF or JSON Feed`,
    );
  }
  const feed = parsed.feed as Loose;
  const list = (parsed.format === 'atom' ? feed.entries : feed.items) as Loose[] | undefined;
  const items = (list ?? [])
    .map((raw) => toItem(raw, parsed.format, url))
    .filter((i): i is FeedItem => i !== null);
  return { format: parsed.format, items };
}
