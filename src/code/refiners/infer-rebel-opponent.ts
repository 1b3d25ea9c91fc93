import { BACKER_RULE } from '../../annotate/actors/drop-hyphen-compounds.js';
import type { ActorMention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { actorRef } from '../candidate.js';
import type { CodeContext } from '../context.js';

// Acts of force an armed group turns on a side.
const FORCE = new Set(['ASSAULT', 'COERCE']);

/** The state whose armed group (sector REB) every actor of the candidate is, or null. */
export function rebelState(c: EventCandidate): string | null {
  const first = c.actors[0];
  if (!first || first.sector !== 'REB') return null;
  return c.actors.every((a) => a.sector === 'REB' && a.code === first.code) ? first.code : null;
}

/**
 * Rebels of a state whose act of force names no target, and for whom no foreign opponent leads
 * the article, fight that state ("the Xian rebels seized the city"): the state is the target,
 * named by its own first mention in the article other than through the group or a backer
 * ("Xia-backed"). An article that names the state only through its rebels gives no target.
 * After merging, which keeps no party its own target.
 */
export function inferRebelOpponent(
  cands: EventCandidate[],
  { mentions }: CodeContext,
): EventCandidate[] {
  const stateMention = new Map<string, ActorMention>();
  for (const m of mentions)
    if (
      m.kind === 'actor' &&
      m.actor.sector !== 'REB' &&
      m.ruleId !== BACKER_RULE &&
      !stateMention.has(m.actor.code)
    )
      stateMention.set(m.actor.code, m);
  for (const c of cands) {
    if (c.dropped || !FORCE.has(c.type) || c.entry.reciprocal === true) continue;
    // "fired missiles at a cargo ship": the target is the ship's, not the rebels' own state
    if (c.recipients.length > 0 || c.aimedAt !== undefined) continue;
    const state = rebelState(c);
    const m = state ? stateMention.get(state) : undefined;
    if (!m) continue;
    c.recipients = [actorRef(m.actor, m.text, m.span, m.actor.entry)];
    c.notes.push(`recipient ${m.actor.code}: rebels of "${m.text}" act against their own state`);
  }
  return cands;
}
