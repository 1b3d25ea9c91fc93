import type { TimeCandidate } from './time-candidate.js';

/**
 * Vague spans are reduced to the month or year: "last week" -> month, "late last year" -> year,
 * "this month" -> month.
 */
export function resolveVagueSpans(candidates: TimeCandidate[]): TimeCandidate[] {
  return candidates.map((c) => {
    if (c.date === null) return c;
    const t = c.text.toLowerCase();
    if (/\bweeks?\b/.test(t))
      return { ...c, date: c.date.slice(0, 7), precision: 'month', ruleId: 'time/vague-week' };
    if (/\byears?\b/.test(t) && !c.known.month)
      return { ...c, date: c.date.slice(0, 4), precision: 'year', ruleId: 'time/vague-year' };
    if (/\bmonths?\b/.test(t) && !c.known.day)
      return { ...c, date: c.date.slice(0, 7), precision: 'month', ruleId: 'time/vague-month' };
    return c;
  });
}
