import type { PublishedSource } from '../../../model/index.js';
import { findUrlDate } from '../../dates/find-url-date.js';
import { findByline } from './find-byline.js';
import { findCanonicalUrl } from './find-canonical-url.js';
import { findDeclaredLang } from './find-declared-lang.js';
import { findJsonLdDate } from './find-json-ld-date.js';
import { findMetaDate } from './find-meta-date.js';
import { findSection } from './find-section.js';
import { findSiteName } from './find-site-name.js';
import { findTimeElementDate } from './find-time-element-date.js';
import { findTitle } from './find-title.js';
import { readJsonLd } from './read-json-ld.js';

export interface PageMetadata {
  title: string | null;
  published: { value: string; source: PublishedSource } | null;
  section: string[];
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

/** Reads a page's metadata; the date sources are tried in order of trust. */
export function readPageMetadata(doc: Document, url: string | undefined): PageMetadata {
  const nodes = readJsonLd(doc);
  const siteName = findSiteName(doc, nodes);
  const title = findTitle(doc, nodes, siteName);
  const canonicalUrl = findCanonicalUrl(doc, url);
  // Order of trust: structured data, then meta, then markup, then the address.
  const dateFinders: [PublishedSource, () => string | null][] = [
    ['json-ld', () => findJsonLdDate(nodes)],
    ['meta', () => findMetaDate(doc)],
    ['time-element', () => findTimeElementDate(doc)],
    ['url', () => findUrlDate(canonicalUrl ?? url ?? '') ?? (url ? findUrlDate(url) : null)],
  ];
  let published: PageMetadata['published'] = null;
  for (const [source, find] of dateFinders) {
    const value = find();
    if (value) {
      published = { value, source };
      break;
    }
  }
  return {
    title,
    published,
    section: findSection(doc, nodes, title),
    byline: findByline(doc, nodes),
    siteName,
    canonicalUrl,
    lang: findDeclaredLang(doc),
  };
}
