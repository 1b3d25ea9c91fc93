import type { EventCandidate } from '../candidate.js';

/**
 * An act kept with no codable party is news only where its clause names who did it ("gunmen
 * opened fire"). A passive with no "by" agent ("a young man was injured in the leg") names only
 * whom it befell, and no party: there is no doer a reader could name, so no event to code. Runs
 * after merging and after attacks with no party were given the state they struck.
 */
export function dropAgentlessOrphans(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.actors.length + c.recipients.length > 0) return true;
    const clause = c.clause?.clause;
    if (!clause || clause.verb.voice !== 'passive') return true;
    if (clause.preps.some((p) => p.prep === 'by')) return true;
    c.dropped = 'a passive act with no doer and no party';
    c.notes.push(`dropped: "${c.trigger.text}" in the passive names no doer and no party`);
    return false;
  });
}
