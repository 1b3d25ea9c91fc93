import type { EventCandidate } from '../candidate.js';
import { wordAt } from './clause-roles.js';
import type { FoundActor } from './role-search.js';

// Acts whose object's "of" party is not the one acted on: "condemned the killing of Xian
// civilians" accuses the killer, not the victims.
const OF_PARTY_NOT_TARGET = new Set(['ACCUSE']);
const POSSESSIVE = /^\s?['’]s?(?:\W|$)/;
const POSSESSIVE_END = /['’]s$/;

/**
 * "defended the right of Xian troops to patrol", "killed the deputy chief of Xia's militia",
 * "seized the assets of Xian firms": a party behind "of" inside the verb's first object is the
 * party acted on. Only an active verb trigger whose clause the tagger read, not a troop move
 * (its object's "of" names the troops sent) and not a disapproval; not a possessor ("the chief
 * of Xia's militia ally": the ally, which names no party, is acted on).
 */
export function objectOfParty(c: EventCandidate, f: FoundActor): boolean {
  const roles = c.clause;
  if (f.prep !== 'of' || !roles || c.passive || c.entry.pos !== 'verb') return false;
  if (c.entry.objectActor === true || OF_PARTY_NOT_TARGET.has(c.type)) return false;
  const object = roles.clause.objects[0];
  const start = f.ref.span?.start;
  if (!object || start === undefined) return false;
  const w = wordAt(roles.syntax, start);
  if (w <= object.first || w > object.last) return false;
  // "the chief of Xia's militia ally": the possessor owns another party, which is the one acted on
  const end = (f.ref.span?.end ?? start) - c.view.sentence.span.start;
  return (
    !POSSESSIVE.test(c.view.sentence.text.slice(end, end + 3)) && !POSSESSIVE_END.test(f.ref.text)
  );
}
