import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const wholeConflict = wordsTagged('whole-conflict');

/**
 * "The war has killed tens of thousands of people", "the fighting has killed hundreds":
 * an act whose own subject is headed by a noun that names the conflict as a whole (word tag
 * whole-conflict) tells the conflict's toll, no single act a reader could date or place. It is
 * dropped, so it neither stands as an event nor lends its figure to an act told beside it.
 */
export function dropConflictTolls(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    const roles = c.clause;
    const subject = roles?.clause.subject;
    if (c.entry.pos !== 'verb' || !roles || !subject || roles.clause.subjectFrom !== 'own')
      return true;
    const head = roles.syntax.words[subject.head]?.lower ?? '';
    if (!wholeConflict().has(head)) return true;
    c.notes.push(
      `dropped: "${roles.doer ?? head}" is the conflict as a whole: its toll, no single act`,
    );
    c.dropped = 'the toll of the conflict as a whole';
    return false;
  });
}
