import { createHash } from 'node:crypto';
import type { Span } from '../model/index.js';

/** Collapses runs of spaces inside a paragraph; keeps no line breaks in it. */
export function normaliseParagraph(p: string): string {
  return p
    .replace(/[\u00A0\u2007\u202F\u200B\uFEFF]/g, (c) =>
      c === '\u200B' || c === '\uFEFF' ? '' : ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Joins paragraphs with a blank line; returns the text, the UTF-16 spans and the content id. */
export function joinParagraphs(paragraphs: readonly string[]): {
  text: string;
  spans: Span[];
  id: string;
} {
  const kept = paragraphs.map(normaliseParagraph).filter((p) => p.length > 0);
  const spans: Span[] = [];
  let at = 0;
  for (const p of kept) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const text = kept.join('\n\n');
  return { text, spans, id: createHash('sha256').update(text).digest('hex').slice(0, 16) };
}
