import type { EventCandidate } from '../candidate.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';

const hedgeVerbs = wordsTagged('hedges-complement');

/**
 * "activity that appeared to defy the truce": a hedging verb ("appear", "seem") says the act its
 * "to"-complement names only looks so; the writer does not assert it, so the act is possible,
 * as a modal "may" would make it. Read from the clause layer (the trigger's clause is the
 * complement of a hedging verb) or, where the tagger gave no clause, from the words right
 * before the trigger ("seemed to [have] X").
 */
export function detectHedges(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.modality !== 'asserted' || c.entry.pos !== 'verb') continue;
    const hedge = hedgeOfClause(c) ?? hedgeBefore(c);
    if (!hedge) continue;
    c.modality = 'possible';
    c.notes.push(`modality possible ("${hedge} to": a hedge, not an assertion)`);
  }
  return cands;
}

// the verb whose "to"-complement the trigger's clause is, if it hedges
function hedgeOfClause(c: EventCandidate): string | null {
  const roles = c.clause;
  if (!roles || roles.clause.link !== 'complement' || roles.clause.parent === null) return null;
  const parent = roles.syntax.clauses[roles.clause.parent];
  if (!parent || parent.verb.negated) return null;
  const lemma = parent.verb.lemma;
  return hedgeVerbs().has(lemma) && roles.clause.marker === 'to' ? lemma : null;
}

// "appeared to X", "seems to have X": the two or three words right before the trigger
function hedgeBefore(c: EventCandidate): string | null {
  const words = c.view.tokens.slice(Math.max(0, c.first - 3), c.first).map((t) => t.lower);
  if (words[words.length - 1] === 'have') words.pop();
  if (words.pop() !== 'to') return null;
  const verb = words.pop() ?? '';
  return hedgeVerbs().has(verb) ? verb : null;
}
