import { normaliseDate } from '../../dates/normalise-date.js';
import { metaContent } from './meta-content.js';

// Publication fields first; modified dates are not publication dates and are left out.
const KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];

/** The publication date from OpenGraph/article and other common `<meta>` fields. */
export function findMetaDate(doc: Document): string | null {
  for (const key of KEYS) {
    const v = metaContent(doc, [key]);
    const d = v ? normaliseDate(v) : null;
    if (d) return d;
  }
  return null;
}
