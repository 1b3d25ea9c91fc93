import { formatDay, monthNumber } from './normalise-date.js';

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "MANILA, March 24, 2024 (AFP)", "6 Nov 2024 11:36", "Published: 05 Nov. 2024".
const MONTH_DAY_YEAR = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'gi',
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`,
  'gi',
);
const NUMERIC = /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

// What may stand before a dateline's date: nothing, a place in capitals, a stamp word.
const LEAD_IN =
  /^(?:[\p{Lu}][\p{Lu}\p{L} .,'’-]{0,40},\s*|[\p{Lu}][\p{L} .'’-]{1,40}\s\|\s*|(?:published|updated|posted|date|dated)\s*:?\s*|[\p{L} ]{0,40}\s(?:published|updated|posted)\s*:?\s*|\d{1,2}:\d{2}\s*\w{0,4},?\s*)?$/iu;

/**
 * A publication date written as a dateline at the start of the text ("MANILA, March 24, 2024
 * (AFP)", "6 Nov 2024 11:36", "Published: ..."), or null. Dates inside sentences do not count.
 *
 * @example
 * findDatelineDate('MANILA, March 24, 2024 (AFP) - The coast guard said'); // '2024-03-24'
 */
export function findDatelineDate(text: string): string | null {
  const head = text.slice(0, 200);
  const found: { at: number; day: string }[] = [];
  for (const m of head.matchAll(MONTH_DAY_YEAR)) {
    const day = formatDay(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
    if (day) found.push({ at: m.index, day });
  }
  for (const m of head.matchAll(DAY_MONTH_YEAR)) {
    const day = formatDay(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
    if (day) found.push({ at: m.index, day });
  }
  for (const m of head.matchAll(NUMERIC)) {
    const day = m[1]
      ? formatDay(Number(m[1]), Number(m[2]), Number(m[3]))
      : formatDay(Number(m[6]), Number(m[4]), Number(m[5]));
    if (day) found.push({ at: m.index, day });
  }
  found.sort((x, y) => x.at - y.at);
  const first = found[0];
  if (!first) return null;
  return LEAD_IN.test(head.slice(0, first.at)) ? first.day : null;
}
