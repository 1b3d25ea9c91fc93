import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const publicAims = wordsTagged('public-aim');
// How far after the appeal's verb its aim may stand ("called on Monday for calm").
const AIM_WINDOW = 4;

/**
 * "Yian authorities called for calm": an appeal for what a population is asked to keep, that
 * names no one asked and that no rule aimed at the sides at war (aim-restraint-appeals, which
 * runs first), speaks to the public: no party is asked, and it is no event between parties. A
 * call naming the party asked ("urged Yia to keep calm") has a recipient and stays; so does an
 * appeal for restraint, which is asked of those who fight.
 */
export function dropPublicAppeals(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.dropped || c.type !== 'REQUEST' || c.entry.pos !== 'verb') return true;
    if (c.recipients.length > 0 || c.actors.length === 0) return true;
    const aim = c.view.tokens
      .slice(c.last + 1, c.last + 1 + AIM_WINDOW)
      .find((t) => publicAims().has(t.lower));
    if (!aim) return true;
    c.notes.push(`dropped: an appeal for "${aim.text}" with no one asked speaks to the public`);
    c.dropped = 'an appeal to the public';
    return false;
  });
}
