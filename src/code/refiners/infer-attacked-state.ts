import type { EventCandidate } from '../candidate.js';
import { stateOfPlace } from '../candidate.js';

/**
 * An attack by unnamed assailants ("gunmen opened fire on tourists in X's region") names no
 * party; the state whose territory it struck is its target.
 */
export function inferAttackedState(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'ASSAULT' || c.actors.length > 0 || c.recipients.length > 0) continue;
    const place = c.place;
    if (!place?.country || place.country.length !== 3) continue;
    c.recipients = [stateOfPlace(place, place.country)];
    c.notes.push(
      `recipient ${place.country}: an attack with no party named struck "${place.text}"`,
    );
  }
  return cands;
}
