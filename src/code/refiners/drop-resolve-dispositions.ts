import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const keptCourse = wordsTagged('kept-course');

/**
 * "The army is committed to defending the border", "Xia is ready to protect its waters": a
 * disposition (a trigger that is a state of its subject) whose "to"-complement keeps, defends or
 * secures what the party holds is resolve, not PLOVER's AGREE, which offers something to another
 * party ("willing to withdraw its troops", "committed to opening the market" stay).
 */
export function dropResolveDispositions(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.type !== 'AGREE' || c.entry.stateOfSubject !== true) return true;
    const tokens = c.view.tokens;
    if (tokens[c.last + 1]?.lower !== 'to') return true;
    // "committed to fully defending": an adverb before the verb
    let k = c.last + 2;
    if (/ly$/.test(tokens[k]?.lower ?? '')) k++;
    const verb = tokens[k]?.lower ?? '';
    if (!keptCourse().has(verb)) return true;
    c.dropped = 'resolve, not an agreement';
    c.notes.push(
      `dropped: "${c.trigger.text} to ${verb}" is resolve to keep its course, not an agreement`,
    );
    return false;
  });
}
