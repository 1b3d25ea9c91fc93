import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';

/**
 * Declining to comment, confirm or respond is a stance on another event, not an act of its own:
 * a trigger inside a noncommittal cue ("declined to comment", "refused to confirm") is set aside.
 */
export function dropNoncommittalWords(
  cands: EventCandidate[],
  { hits }: CodeContext,
): EventCandidate[] {
  const noncommittal = hits.filter((h) => h.stance === 'noncommittal');
  if (noncommittal.length === 0) return cands;
  return cands.filter((c) => {
    const inside = noncommittal.find(
      (h) => h.span.start <= c.trigger.span.start && c.trigger.span.end <= h.span.end,
    );
    if (!inside) return true;
    c.dropped = `part of the noncommittal cue "${inside.text}", not an event`;
    return false;
  });
}
