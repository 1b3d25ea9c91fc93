import { createHash } from 'node:crypto';
import type { Article, RawDocument, Span } from '../model/index.js';

// First cut: plain text only, paragraphs split on blank lines. The full extractor replaces this.
export function extractArticle(raw: RawDocument): Article {
  const body = typeof raw.body === 'string' ? raw.body : new TextDecoder().decode(raw.body);
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const text = paragraphs.join('\n\n');
  const spans: Span[] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  return {
    id: createHash('sha256').update(text).digest('hex').slice(0, 16),
    source: raw.source,
    url: raw.url ?? null,
    canonicalUrl: null,
    title: raw.title ?? null,
    published: raw.published ?? null,
    publishedSource: raw.published ? 'supplied' : null,
    section: [],
    byline: null,
    siteName: null,
    lang: null,
    text,
    paragraphs: spans,
  };
}
