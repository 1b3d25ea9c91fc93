import type { EventCandidate } from '../candidate.js';
import { stateOfPlace } from '../candidate.js';

/**
 * Troops sent abroad with no receiving state named go to the state of the region or town they
 * are placed in ("units arrived in Kursk" -> RUS); a country alone may be the battlefield.
 */
export function inferHost(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.mode !== 'troops' || c.type !== 'AID') continue;
    const place = c.place;
    if (c.actors.length === 0 || c.recipients.length > 0 || !place?.country) continue;
    if (place.precision === 'country' || c.actors.some((a) => a.code === place.country)) continue;
    c.recipients = [stateOfPlace(place, place.country)];
    c.notes.push(`recipient ${place.country}: the state of "${place.text}", where the troops are`);
  }
  return cands;
}
