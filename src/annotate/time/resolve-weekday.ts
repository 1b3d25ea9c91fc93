import { formatDay } from './reference-date.js';
import { pointsForward } from './points-forward.js';
import { resolveCandidate, type TimeCandidate } from './time-candidate.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A bare weekday in news is the most recent such day on or before publication; one pointed
 * forward ("next Monday", "on the coming Friday") is the first such day after it.
 */
export function resolveWeekdays(
  candidates: TimeCandidate[],
  reference: Date | null,
): TimeCandidate[] {
  return candidates.map((c) => {
    if (!c.known.weekday || c.known.month || c.known.day) return c;
    if (!reference) return resolveCandidate(c, null, c.precision, 'time/weekday-unresolved');
    const index = WEEKDAYS.findIndex((d) => c.text.toLowerCase().includes(d));
    if (index < 0) return c;
    if (pointsForward(c.before) || /\bnext\b/i.test(c.text)) {
      const ahead = (index - reference.getUTCDay() + 7) % 7 || 7;
      const day = new Date(reference.getTime() + ahead * 86_400_000);
      return resolveCandidate(c, formatDay(day), 'day', 'time/weekday-next');
    }
    const back = (reference.getUTCDay() - index + 7) % 7;
    const day = new Date(reference.getTime() - back * 86_400_000);
    return resolveCandidate(c, formatDay(day), 'day', 'time/weekday-past');
  });
}
