import { resolveCandidate, type TimeCandidate } from './time-candidate.js';

const YEAR = /\b(?:1[89]|20)\d\d\b/g;

/**
 * Without a publication date, only phrases that write their year resolve: "yesterday", "last
 * month" or "on Monday" have nothing to count from, whatever a parser filled in.
 */
export function dropUnanchored(
  candidates: TimeCandidate[],
  reference: Date | null,
): TimeCandidate[] {
  if (reference) return candidates;
  return candidates.map((c) =>
    c.date === null || writesYear(c)
      ? c
      : resolveCandidate(c, null, c.precision, 'time/no-reference'),
  );
}

function writesYear(c: TimeCandidate): boolean {
  if (c.date === null) return false;
  const years: string[] = c.text.match(YEAR) ?? [];
  return years.includes(c.date.slice(0, 4));
}
