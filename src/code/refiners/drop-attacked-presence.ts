import type { EventCandidate } from '../candidate.js';

const ATTACKS = new Set(['ASSAULT', 'COERCE']);

/**
 * Troops placed in a country that are themselves the target of an attack told in the same
 * sentence ("killed three Xian soldiers in Y's region") are its victims: the attack tells of
 * them, and their number counts casualties, not a deployment.
 */
export function dropAttackedPresence(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (!c.entry.presence) return true;
    const troops = c.actors[0]?.span;
    if (!troops) return true;
    const attack = cands.find(
      (o) =>
        o.view === c.view &&
        ATTACKS.has(o.type) &&
        o.recipients.some((r) => r.span?.start === troops.start),
    );
    if (!attack) return true;
    c.notes.push(
      `dropped: the troops are the target of "${attack.trigger.text}", not a deployment`,
    );
    c.dropped = 'target of an attack';
    return false;
  });
}
