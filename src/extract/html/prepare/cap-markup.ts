/**
 * The most HTML elements parsed per page. Real news pages have 500 to 2,000; parsing costs time
 * and memory per element (a million tiny paragraphs took 21 s and 900 MB to parse alone).
 */
export const MAX_ELEMENTS = 30_000;

/** The markup cut before its element past `maxElements`, with the counts; `cut` null if it fits. */
export interface CappedMarkup {
  html: string;
  cut: { kept: number; total: number } | null;
}

/**
 * Cuts a page's markup before the start tag of element number `maxElements + 1`, so that the
 * parser never builds more than `maxElements` elements. The parser closes what the cut leaves open.
 *
 * @example
 * capMarkup('<p>a</p><p>b</p>', 1); // { html: '<p>a</p>', cut: { kept: 1, total: 2 } }
 */
export function capMarkup(html: string, maxElements = MAX_ELEMENTS): CappedMarkup {
  const startTag = /<[a-zA-Z]/g;
  let total = 0;
  let cutAt = -1;
  while (startTag.exec(html)) {
    total += 1;
    if (total === maxElements + 1) cutAt = startTag.lastIndex - 2;
  }
  if (cutAt < 0) return { html, cut: null };
  return { html: html.slice(0, cutAt), cut: { kept: maxElements, total } };
}
