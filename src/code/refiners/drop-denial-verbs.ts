import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';

const claimNouns = wordsTagged('claim-noun');

// How far after the verb its object's head may stand ("rejects the misleading and fabricated
// accusations"); a comma or a full stop ends the object first.
const OBJECT_WINDOW = 5;

// The verb's object is a claim: its clause's first object has one at its head, or (where the
// tagger read an adjective as a verb and the clause has no object) one follows within the window.
function objectIsClaim(c: EventCandidate): boolean {
  const roles = c.clause;
  const object = roles?.clause.objects[0];
  if (roles && object) return claimNouns().has(roles.syntax.words[object.head]?.lower ?? '');
  const tokens = c.view.tokens;
  for (let i = c.last + 1; i <= c.last + OBJECT_WINDOW && i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? '';
    if (/^[,.;:!?"“”]$/.test(w)) return false;
    if (claimNouns().has(w)) return true;
  }
  return false;
}

/**
 * "X rejected the allegations", "Y dismissed these claims": a verb that denies what others said
 * is the speaker's denial of that claim, which the deny cue records as a stance; PLOVER's REJECT
 * (refusing a demand, a proposal, an offer) is not what it tells. Dropped: a verb trigger whose
 * words lie inside a deny cue, and a REJECT verb whose object is a claim (word tag
 * `claim-noun`). "X rejected the proposal" stays a rejection.
 */
export function dropDenialVerbs(cands: EventCandidate[], { hits }: CodeContext): EventCandidate[] {
  return cands.filter((c) => {
    if (c.entry.pos !== 'verb') return true;
    const { start, end } = c.trigger.span;
    const cue = hits.find(
      (h) => h.view === c.view && h.stance === 'deny' && h.span.start <= start && end <= h.span.end,
    );
    if (!cue && !(c.type === 'REJECT' && objectIsClaim(c))) return true;
    c.dropped = 'a denial of a claim';
    c.notes.push(`dropped: "${c.trigger.text}" denies a claim: a stance, not an act`);
    return false;
  });
}
