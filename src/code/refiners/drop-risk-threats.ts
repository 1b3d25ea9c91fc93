import type { EventCandidate } from '../candidate.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';

const riskedOutcomes = wordsTagged('risked-outcome');

/**
 * "The advance threatens to worsen the conflict", "the row threatens to derail the talks":
 * "threaten to" followed by an outcome no one does on purpose (word tag `risked-outcome`) says a
 * situation risks it, not that a party announced an act: PLOVER's THREATEN is a party's warning
 * of what it will do ("X threatened to ban the vote", "Y threatened to launch an offensive").
 */
export function dropRiskThreats(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.type !== 'THREATEN' || c.entry.pos !== 'verb') return true;
    const tokens = c.view.tokens;
    if (tokens[c.last + 1]?.lower !== 'to') return true;
    const outcome = tokens[c.last + 2]?.lower ?? '';
    if (!riskedOutcomes().has(outcome)) return true;
    c.dropped = 'a risk, not a threat';
    c.notes.push(`dropped: "${c.trigger.text} to ${outcome}" says what a situation risks`);
    return false;
  });
}
