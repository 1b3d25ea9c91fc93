import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const abstractSides = wordsTagged('abstract-side');

// How far after the verb its other side may stand ("meets the fundamental interests").
const OBJECT_WINDOW = 4;
// Words the other side may follow; any other word ends the search ("met in Lakeport").
const BEFORE_OBJECT =
  /^(with|the|a|an|its|their|his|her|our|all|both|each|[a-z]+'s|[a-z]+’s|[a-z]+al|[a-z]+ic|[a-z]+ive|[a-z]+ous)$/;

function abstractObject(c: EventCandidate): string | null {
  const tokens = c.view.tokens;
  for (let k = c.last + 1; k <= c.last + OBJECT_WINDOW && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) return null;
    if (abstractSides().has(t.lower)) return t.lower;
    if (!BEFORE_OBJECT.test(t.lower) && !/^\p{Lu}/u.test(t.text)) return null;
  }
  return null;
}

/**
 * "The pact meets the needs of both peoples", "their maritime claims clash with ours": a verb of
 * two sides meeting or fighting (a reciprocal verb trigger) whose subject or other side is an
 * abstract thing is figurative, no meeting and no fight.
 */
export function dropFigurativeEncounters(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.entry.pos !== 'verb' || c.entry.reciprocal !== true) return true;
    const before = c.view.tokens[c.first - 1]?.lower ?? '';
    const side = abstractSides().has(before) ? before : abstractObject(c);
    if (!side) return true;
    c.dropped = 'a figurative encounter';
    c.notes.push(`dropped: "${c.trigger.text}" with "${side}" is figurative, no meeting or fight`);
    return false;
  });
}
