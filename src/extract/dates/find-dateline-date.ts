import { formatDay, monthNumber } from './normalise-date.js';

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "MANILA, March 24, 2024 (AFP)", "Updated: 6 Nov 2024 11:36", "November 5, 2024" near the start.
const MONTH_DAY_YEAR = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`,
  'i',
);
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** How far into the text a dateline may stand (it opens the article or its first lines). */
const HEAD = 400;

/**
 * A publication date written near the start of the text (a dateline or a byline line), or null.
 *
 * @example
 * findDatelineDate('MANILA, March 24, 2024 (AFP) - The coast guard said'); // '2024-03-24'
 */
export function findDatelineDate(text: string): string | null {
  const head = text.slice(0, HEAD);
  const found: { at: number; day: string }[] = [];
  const a = MONTH_DAY_YEAR.exec(head);
  if (a?.[1]) {
    const day = formatDay(Number(a[3]), monthNumber(a[1]), Number(a[2]));
    if (day) found.push({ at: a.index, day });
  }
  const b = DAY_MONTH_YEAR.exec(head);
  if (b?.[2]) {
    const day = formatDay(Number(b[3]), monthNumber(b[2]), Number(b[1]));
    if (day) found.push({ at: b.index, day });
  }
  const c = ISO_DAY.exec(head);
  if (c) {
    const day = formatDay(Number(c[1]), Number(c[2]), Number(c[3]));
    if (day) found.push({ at: c.index, day });
  }
  found.sort((x, y) => x.at - y.at);
  return found[0]?.day ?? null;
}
