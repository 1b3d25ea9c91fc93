import type { EventCandidate } from '../candidate.js';
import { stateOfPlace } from '../candidate.js';

// Acts of force an armed group turns on a place.
const FORCE = new Set(['ASSAULT', 'COERCE', 'THREATEN']);

/** Whether an act of force is done by rebels of the state where it took place. */
export function isRebelActAtHome(c: EventCandidate): boolean {
  const state = c.place?.country;
  if (!FORCE.has(c.type) || c.actors.length === 0 || !state || state.length !== 3) return false;
  return c.actors.every((a) => a.sector === 'REB' && a.code === state);
}

/**
 * Rebels of a state who attack or seize a place in that state act against it ("Xian rebels
 * seized the town of Y", Y in X): the state is the target. Their code is the state's, so the
 * role search, which never makes a party its own target, left the target empty.
 */
export function inferRebelTarget(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.recipients.length > 0 || !c.place?.country || !isRebelActAtHome(c)) continue;
    const state = c.place.country;
    c.recipients = [stateOfPlace(c.place, state)];
    c.notes.push(`recipient ${state}: its own armed group acted on "${c.place.text}", in it`);
  }
  return cands;
}
