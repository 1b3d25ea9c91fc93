import type { EventCandidate } from '../candidate.js';

const WINDOW = 5;

/**
 * An event noun that is the object of a trigger verb ("approved a treaty", "launched strikes")
 * is part of that verb's event, not a second one.
 */
export function dropVerbObjects(cands: EventCandidate[]): EventCandidate[] {
  const verbs = cands.filter((v) => v.entry.pos === 'verb');
  return cands.filter((c) => {
    if (c.entry.pos !== 'noun' || c.entry.presence) return true;
    const verb = verbs.find(
      (v) => v.view === c.view && v.last < c.first && c.first - v.last <= WINDOW,
    );
    if (!verb) return true;
    if (condemnedWithDoer(verb, c)) return true;
    verb.notes.push(`"${c.trigger.text}" is its object, not coded apart`);
    return false;
  });
}

// Acts a condemnation names with their doer after "by": the condemner asserts the act itself.
const CONDEMNED_ACTS = new Set(['ASSAULT', 'COERCE']);
const BY_WINDOW = 6;

/**
 * "Yia condemned the use of cluster munitions by Xia": the object of a disapproval that names its
 * doer after "by" is an act the speaker says took place, coded apart (the condemnation stays).
 */
function condemnedWithDoer(verb: EventCandidate, c: EventCandidate): boolean {
  if (verb.type !== 'ACCUSE' || !CONDEMNED_ACTS.has(c.type)) return false;
  const tokens = c.view.tokens;
  for (let k = c.last + 1; k <= c.last + BY_WINDOW && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'by') return true;
    if (w === ',' || w === ';' || w === 'and' || w === 'that' || w === 'which') return false;
  }
  return false;
}
