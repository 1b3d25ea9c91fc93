import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collectParagraphs } from './collect-paragraphs.js';
import { CLEANUP_RULES } from './cleanup/cleanup-rules.js';
import { PARAGRAPH_RULES } from './cleanup/paragraph-rules.js';
import { keepEmbeddedPosts } from './prepare/keep-embedded-posts.js';
import { readPageMetadata, type PageMetadata } from './meta/read-page-metadata.js';

export interface HtmlExtraction {
  paragraphs: string[];
  meta: PageMetadata;
}

/** Parses a page, reads its metadata, finds the main text with readability and cleans it up. */
export function extractHtml(html: string, url: string | undefined): HtmlExtraction {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // Metadata first: readability rewrites the document as it works.
  const meta = readPageMetadata(doc, url);
  keepEmbeddedPosts(doc);
  const reader = new Readability<Element>(doc, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  let root: Element | null = null;
  try {
    root = reader.parse()?.content ?? null;
  } catch {
    root = null;
  }
  if (!root) root = doc.body ?? doc.documentElement;
  if (!root) return { paragraphs: [], meta };
  for (const rule of CLEANUP_RULES) rule.apply(root, meta);
  let paragraphs = collectParagraphs(root);
  for (const rule of PARAGRAPH_RULES) paragraphs = rule.apply(paragraphs, meta);
  return { paragraphs, meta };
}
