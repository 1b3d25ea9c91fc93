import type { EventCandidate } from '../candidate.js';

/**
 * "Soldiers were provided with fake papers": aid told in the passive with no giver names no
 * source; PLOVER codes aid by who gives it, so there is no event to code. Troops are left to
 * their own rules (their state is found from the troops).
 */
export function dropUnsourcedAid(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.type !== 'AID' || c.mode === 'troops' || !c.passive || c.actors.length > 0) return true;
    c.notes.push('dropped: aid in the passive with no giver named');
    c.dropped = 'aid with no giver';
    return false;
  });
}
