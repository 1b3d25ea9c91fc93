import type { EventCandidate } from '../candidate.js';
import { stateOfPlace } from '../candidate.js';

// Acts of force an armed group turns on a place.
const FORCE = new Set(['ASSAULT', 'COERCE', 'THREATEN']);

/**
 * Rebels of a state who attack or seize a place in that state act against it ("Xian rebels
 * seized the town of Y", Y in X): the state is the target. Their code is the state's, so the
 * role search, which never makes a party its own target, left the target empty.
 */
export function inferRebelTarget(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (!FORCE.has(c.type) || c.recipients.length > 0 || c.actors.length === 0) continue;
    const state = c.place?.country;
    if (!c.place || !state || state.length !== 3) continue;
    if (!c.actors.every((a) => a.sector === 'REB' && a.code === state)) continue;
    c.recipients = [stateOfPlace(c.place, state)];
    c.notes.push(`recipient ${state}: its own armed group acted on "${c.place.text}", in it`);
  }
  return cands;
}
