import type { KeptOf, Span } from '../model/index.js';

/**
 * The most article text analysed per document, in UTF-16 units: about 30,000 words, several times
 * the longest long-read. Annotating and coding cost memory in proportion to the text, so a page of
 * megabytes of text (hostile, or a data dump) is cut here rather than exhausting the machine.
 */
export const MAX_ANALYSED_CHARS = 200_000;

/**
 * The most text read from a page before cleanup: twice what is analysed, so that boilerplate the
 * cleanup removes leaves enough. Cleanup rules run regexes over every paragraph, so one paragraph
 * of 10 MB cost a minute and a gigabyte.
 */
export const MAX_PAGE_TEXT = 2 * MAX_ANALYSED_CHARS;

/**
 * The most paragraphs analysed per document: articles have tens, a few hundred at most; a huge
 * table gives one per cell, and tens of thousands of tiny sentences.
 */
export const MAX_ANALYSED_PARAGRAPHS = 2_000;

// The end of the last sentence (or, failing that, word) that ends before `limit`, in the second
// half of [from, limit); `limit` itself when there is none.
function breakBefore(text: string, from: number, limit: number): number {
  const half = from + (limit - from) / 2;
  let space = -1;
  for (let i = limit; i > half; i--) {
    if (text[i] !== ' ') continue;
    if (space < 0) space = i;
    const before = text[i - 1] ?? '';
    const stop = /["'’”)]/.test(before) ? (text[i - 2] ?? '') : before;
    if (/[.!?]/.test(stop)) return i;
  }
  return space > 0 ? space : limit;
}

/**
 * Cuts joined article text to at most `limit` characters and `maxParagraphs` paragraphs: after
 * the last whole paragraph that fits, or, when the first paragraph alone is longer, at a sentence end (else a space) inside it.
 * Returns the input unchanged with `cut: null` when it fits.
 */
export function cutLongText(
  text: string,
  spans: readonly Span[],
  limit = MAX_ANALYSED_CHARS,
  maxParagraphs = MAX_ANALYSED_PARAGRAPHS,
): { text: string; spans: Span[]; cut: KeptOf | null } {
  if (text.length <= limit && spans.length <= maxParagraphs)
    return { text, spans: [...spans], cut: null };
  const kept: Span[] = [];
  for (const span of spans) {
    if (kept.length === maxParagraphs) break;
    if (span.end <= limit) kept.push(span);
    else {
      // A paragraph straddling the limit is kept in part when nothing before it was kept.
      if (kept.length === 0)
        kept.push({ start: span.start, end: breakBefore(text, span.start, limit) });
      break;
    }
  }
  const end = kept.at(-1)?.end ?? 0;
  return {
    text: text.slice(0, end),
    spans: kept,
    cut: { kept: end, total: text.length },
  };
}
