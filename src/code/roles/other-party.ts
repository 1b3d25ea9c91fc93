import type { ActorRef, Mention } from '../../model/index.js';
import { stateOfPlace } from '../candidate.js';
import type { SentenceView } from '../sentence-view.js';
import { mentionRef } from './role-search.js';

/**
 * The party a mention names, other than the parties in `own` (the doer's): a party, or the state
 * of a place; null for a mention of the doer's own side, a date or a figure.
 */
export function otherParty(m: Mention, own: ReadonlySet<string>): ActorRef | null {
  if (m.kind === 'actor') return own.has(m.actor.code) ? null : mentionRef(m);
  if (m.kind === 'place') {
    const country = m.place.country;
    return country && country.length === 3 && !own.has(country)
      ? stateOfPlace(m.place, country)
      : null;
  }
  return null;
}

/** The first {@link otherParty} among the mentions that start at token `k` of the view, or null. */
export function otherPartyAt(
  view: SentenceView,
  k: number,
  own: ReadonlySet<string>,
): ActorRef | null {
  for (const m of view.mentionAt.get(k) ?? []) {
    const p = otherParty(m, own);
    if (p) return p;
  }
  return null;
}
