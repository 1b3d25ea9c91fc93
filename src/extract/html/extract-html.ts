import { collectParagraphs } from './collect-paragraphs.js';
import { CLEANUP_RULES } from './cleanup/cleanup-rules.js';
import { PARAGRAPH_RULES } from './cleanup/paragraph-rules.js';
import type { KeptOf } from '../../model/index.js';
import { MAX_PAGE_TEXT } from '../cut-long-text.js';
import { capMarkup } from './prepare/cap-markup.js';
import { capText } from './prepare/cap-text.js';
import { htmlLibraries } from './html-libraries.js';
import { flattenDeepNesting } from './prepare/flatten-deep-nesting.js';
import { keepEmbeddedPosts } from './prepare/keep-embedded-posts.js';
import { readPageMetadata, type PageMetadata } from './meta/read-page-metadata.js';

const EMPTY_META: PageMetadata = {
  title: null,
  published: null,
  section: [],
  byline: null,
  siteName: null,
  canonicalUrl: null,
  lang: null,
};

export interface HtmlExtraction {
  paragraphs: string[];
  meta: PageMetadata;
  /** Set when the page had more elements than are parsed: only its start was read. */
  cutElements: KeptOf | null;
  /** Set when the page had more text than is read: only its start was kept. */
  cutText: KeptOf | null;
}

/**
 * Parses a page, reads its metadata, finds the main text with readability and cleans it up.
 * Work is bounded: at most MAX_ELEMENTS elements are parsed, nesting past MAX_NESTING_DEPTH
 * is flattened to paragraphs and text past MAX_PAGE_TEXT characters is dropped.
 */
export function extractHtml(page: string, url: string | undefined): HtmlExtraction {
  const { html, cut: cutElements } = capMarkup(page);
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html);
  // Markup so broken that no document element comes out has no article in it.
  if (!document.documentElement)
    return { paragraphs: [], meta: EMPTY_META, cutElements, cutText: null };
  const doc = document as unknown as Document;
  flattenDeepNesting(doc);
  const cutText = capText(doc, MAX_PAGE_TEXT);
  // Metadata first: readability rewrites the document as it works.
  const meta = readPageMetadata(doc, url);
  keepEmbeddedPosts(doc);
  let root: Element | null = null;
  // Readability throws on some malformed documents; the body is then the fallback.
  try {
    const reader = new Readability<Element>(doc, {
      keepClasses: true,
      serializer: (node) => node as Element,
    });
    root = reader.parse()?.content ?? null;
  } catch {
    root = null;
  }
  if (!root) root = doc.body ?? doc.documentElement;
  if (!root) return { paragraphs: [], meta, cutElements, cutText };
  for (const rule of CLEANUP_RULES) rule.apply(root, meta);
  let paragraphs = collectParagraphs(root);
  for (const rule of PARAGRAPH_RULES) paragraphs = rule.apply(paragraphs, meta);
  return { paragraphs, meta, cutElements, cutText };
}
