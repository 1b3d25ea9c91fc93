import { pointsForward } from './points-forward.js';
import { resolveCandidate, type TimeCandidate } from './time-candidate.js';

/**
 * A month or day given without its year is the latest one on or before publication; one pointed
 * forward ("scheduled for Aug 4", "next March") is the first one on or after it.
 */
export function resolvePastYear(
  candidates: TimeCandidate[],
  reference: Date | null,
): TimeCandidate[] {
  // written once, when first needed, not once per candidate
  let iso: string | undefined;
  return candidates.map((c) => {
    if (c.date === null || c.known.year || !c.known.month) return c;
    if (!reference) return resolveCandidate(c, null, c.precision, 'time/no-year-unresolved');
    iso ??= reference.toISOString();
    const ref = iso.slice(0, c.date.length);
    const year = Number(c.date.slice(0, 4));
    if (pointsForward(c.before))
      return c.date >= ref
        ? c
        : resolveCandidate(c, `${year + 1}${c.date.slice(4)}`, c.precision, 'time/next-year');
    if (c.date <= ref) return c;
    return resolveCandidate(c, `${year - 1}${c.date.slice(4)}`, c.precision, 'time/past-year');
  });
}
