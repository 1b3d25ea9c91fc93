import type { EventCandidate } from '../candidate.js';

/**
 * A trigger word inside a date ("March 12" in a dateline, "May 3") is the month, not the verb:
 * such candidates are set aside.
 */
export function dropDateWords(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    const date = c.view.mentions.find(
      (m) =>
        m.kind === 'time' &&
        m.span.start <= c.trigger.span.start &&
        c.trigger.span.end <= m.span.end,
    );
    if (!date) return true;
    c.dropped = `part of the date "${date.text}", not an event`;
    return false;
  });
}
