import type { EventCandidate } from '../candidate.js';

/**
 * PLOVER's AID/troops is forces sent to another party; forces a state deploys that no party
 * receives (none from the clause, their place, the article's other troop events or merged
 * mentions) are a deployment of its own: MOBILIZE/troops ("Xia deployed 2,000 troops to the
 * border region", "sailors were deployed to the vessel"). Runs last among the troop rules, after
 * merging and hosts, so a retelling that named the receiver keeps the event AID.
 */
export function recodeUnreceivedTroops(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'AID' || c.mode !== 'troops' || c.recipients.length > 0) continue;
    if (c.actors.length === 0) continue;
    c.type = 'MOBILIZE';
    c.notes.push('MOBILIZE/troops: forces deployed that no party receives, not aid');
  }
  return cands;
}
