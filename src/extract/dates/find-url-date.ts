import { formatDay } from './normalise-date.js';

// Path dates: /2024/11/05/, /2024/11/5/, /2024-11-05/; compact 20241105 between non-digits.
const PATTERNS: RegExp[] = [
  /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/,
  /[/_-](\d{4})-(\d{2})-(\d{2})(?:[/_-]|\.|$)/,
  /(?:^|[^\d])(\d{4})(\d{2})(\d{2})(?:[^\d]|\d{6}(?:[^\d]|$)|$)/,
];

/**
 * The publication day a URL shows in its path, or null.
 *
 * @example
 * findUrlDate('https://example.org/2024/11/05/story'); // '2024-11-05'
 */
export function findUrlDate(url: string): string | null {
  let path: string;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    path = url;
  }
  for (const re of PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const day = formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return day;
  }
  return null;
}
