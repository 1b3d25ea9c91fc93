import type { EventCandidate } from '../candidate.js';
import { stateOfPlace } from '../candidate.js';
import { placeInOwnPhrase } from '../roles/place-in-own-phrase.js';
import { STATE_ORGANS } from '../roles/state-organs.js';

// Acts done to where they are done: force, restrictions, sanctions, aid, easing, withdrawal. The
// trigger's own type: a plan of one ("will evacuate", coded AGREE) is aimed where the act is.
const ACTS_ON_PLACE = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'AID', 'RETREAT', 'CONCEDE']);
// Restrictions and their easing a state imposes at home ("imposed a curfew in the town of X"):
// aimed at its own people there, as PLOVER codes them.
const HOME_RESTRICTIONS = new Set(['COERCE', 'CONCEDE']);

// The state itself (no sector) or one of its organs, restricting or easing in a place of its own.
function restrictsAtHome(c: EventCandidate, state: string): boolean {
  if (!HOME_RESTRICTIONS.has(c.entry.type)) return false;
  return c.actors.every(
    (a) => a.code === state && (a.sector === null || STATE_ORGANS.has(a.sector)),
  );
}

/**
 * An act done in a town or region of another state, whose phrase names no party acted on ("Xian
 * tanks fired shells at targets in Y", "the agency suspended aid deliveries in Y"), is done to
 * that state: PLOVER codes the state where the place lies as the target. Only a place the
 * trigger's own phrase puts it in ("in / into / at / on" right after it, no clause between), not
 * one named elsewhere in the sentence. A place of the actor's own state is a target only for a
 * state's restrictions at home and their easing ("imposed a curfew in X", "lifted the state of
 * emergency in X"); other acts at home are left to the rules that know who acts there (rebels at
 * home), and troops sent have their host from infer-host.
 */
export function inferPlaceTarget(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (!ACTS_ON_PLACE.has(c.entry.type) || c.mode === 'troops' || c.entry.reciprocal) continue;
    if (c.actors.length === 0 || c.recipients.length > 0) continue;
    const place = c.place;
    const state = place?.country;
    if (!place?.span || !state || state.length !== 3) continue;
    if (c.actors.some((a) => a.code === state) && !restrictsAtHome(c, state)) continue;
    // "in X", "in the town of X", "at targets in X", right after the trigger
    if (!placeInOwnPhrase(c, place.span.start)) continue;
    c.recipients = [stateOfPlace(place, state)];
    c.notes.push(
      `recipient ${state}: the act's own phrase puts it in "${place.text}", of that state`,
    );
  }
  return cands;
}
