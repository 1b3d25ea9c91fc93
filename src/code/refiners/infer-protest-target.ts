import type { EventCandidate } from '../candidate.js';
import { actorRef, stateOfPlace } from '../candidate.js';

/**
 * A protest names whom it is aimed at only now and then ("demonstrated against the government").
 * As PLOVER codes it, one with no target is aimed at the state where it takes place, or, with no
 * place named, at the protesters' own state.
 */
export function inferProtestTarget(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'PROTEST' || c.recipients.length > 0) continue;
    const place = c.place;
    if (place?.country && place.country.length === 3) {
      c.recipients = [stateOfPlace(place, place.country)];
      c.notes.push(`recipient ${place.country}: a protest with no target, held in "${place.text}"`);
      continue;
    }
    const own = c.actors[0];
    if (!own || own.code.length !== 3) continue;
    c.recipients = [
      actorRef({ code: own.code, sector: 'GOV', name: own.name }, own.text, own.span, undefined),
    ];
    c.notes.push(
      `recipient ${own.code}: a protest with no target or place, aimed at its own state`,
    );
  }
  return cands;
}
