import { resolveCandidate, type TimeCandidate } from './time-candidate.js';

/** A month or day given without its year is the latest one on or before publication. */
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
    if (c.date <= ref) return c;
    const year = Number(c.date.slice(0, 4)) - 1;
    return resolveCandidate(c, `${year}${c.date.slice(4)}`, c.precision, 'time/past-year');
  });
}
