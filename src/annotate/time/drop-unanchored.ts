import type { TimeCandidate } from './time-candidate.js';

/** Without a publication date, only phrases that carry their own year resolve. */
export function dropUnanchored(
  candidates: TimeCandidate[],
  reference: Date | null,
): TimeCandidate[] {
  if (reference) return candidates;
  return candidates.map((c) =>
    c.known.year || c.date === null ? c : { ...c, date: null, ruleId: 'time/no-reference' },
  );
}
