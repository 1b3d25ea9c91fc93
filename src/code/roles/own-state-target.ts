import type { ActorRef } from '../../model/index.js';

// Sectors that stand against their own state: its armed groups and its opposition.
const AGAINST_OWN_STATE = new Set(['REB', 'OPP']);

function apart(a: ActorRef, r: ActorRef): boolean {
  if (!a.span || !r.span) return a.text !== r.text;
  return a.span.end <= r.span.start || r.span.end <= a.span.start;
}

/**
 * Whether a recipient of the actor's own state is still a party acted on: one part of a state
 * acting on another ("the Xian Supreme Court allowed candidate Y", "President X threatened the
 * Xian opposition", "Xian rebels demanded that the government resign"). Both are named apart,
 * and either each is named with its own sector, the two different, or the actor is a rebel or
 * opposition group and the recipient its state or a part of it with another sector ("Xian rebels
 * dismissed an appeal from former president Y"). A state named twice ("Xia
 * said Xia will"), or a party with no sector beside one with a sector, is one party.
 */
export function actsOnOwnState(actors: readonly ActorRef[], r: ActorRef, troops: boolean): boolean {
  const same = actors.filter((a) => a.code === r.code);
  if (same.length === 0) return true;
  // troops named with their state ("the deployment of troops from X") are the sender
  if (troops) return false;
  return same.every((a) => {
    if (!apart(a, r)) return false;
    if (a.sector && AGAINST_OWN_STATE.has(a.sector)) return r.sector !== a.sector;
    return a.sector !== null && r.sector !== null && a.sector !== r.sector;
  });
}
