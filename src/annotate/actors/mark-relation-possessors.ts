import type { Token } from '../mention-utils.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { ActorCandidate } from './actor-candidate.js';

const relations = wordsTagged('party-relation');
// Words that may stand between "Xia's" and the relation noun ("Xia's closest ally").
const MODIFIERS_AT_MOST = 2;

/**
 * The rule id of a state named as the possessor of a relation ("Xia's closest ally", "Xia's
 * neighbour"): the phrase names another party, so the state is no party to the phrase's acts.
 */
export const RELATED_RULE = 'actor/related';

/**
 * Marks the states that possess a relation noun ({@link RELATED_RULE}): in "Yia, Xia's closest
 * ally, condemned" or "Xia's ally Yia condemned" the one that condemns is Yia, not Xia.
 */
export function markRelationPossessors(cands: ActorCandidate[], tokens: Token[]): ActorCandidate[] {
  let k = 0;
  while (k < cands.length && !possessesRelation(cands[k], tokens)) k++;
  if (k === cands.length) return cands;
  return cands.map((c) => (possessesRelation(c, tokens) ? { ...c, ruleId: RELATED_RULE } : c));
}

function possessesRelation(c: ActorCandidate | undefined, tokens: Token[]): boolean {
  if (!c || !/^['’]$/.test(tokens[c.to]?.text ?? '') || tokens[c.to + 1]?.key !== 's') return false;
  for (let k = c.to + 2; k <= c.to + 2 + MODIFIERS_AT_MOST; k++) {
    const t = tokens[k];
    if (!t || !/^[a-z]/.test(t.text)) return false;
    if (relations().has(t.key)) return true;
  }
  return false;
}
