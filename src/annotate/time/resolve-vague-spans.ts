import { resolveCandidate, type TimeCandidate } from './time-candidate.js';

/**
 * Vague spans are reduced to the month or year: "last week" -> month, "late last year" -> year,
 * "this month" -> month.
 */
export function resolveVagueSpans(candidates: TimeCandidate[]): TimeCandidate[] {
  return candidates.map((c) => {
    if (c.date === null) return c;
    const t = c.text.toLowerCase();
    if (/\bweeks?\b/.test(t))
      return resolveCandidate(c, c.date.slice(0, 7), 'month', 'time/vague-week');
    if (/\byears?\b/.test(t) && !c.known.month)
      return resolveCandidate(c, c.date.slice(0, 4), 'year', 'time/vague-year');
    if (/\bmonths?\b/.test(t) && !c.known.day)
      return resolveCandidate(c, c.date.slice(0, 7), 'month', 'time/vague-month');
    return c;
  });
}
