import { isModalWord } from '../../annotate/english/closed-class.js';
import type { EventCandidate } from '../candidate.js';

/** Whether the candidate is a demand its modal word makes ("Yia must go", said by Xia). */
export function isModalDemand(c: EventCandidate): boolean {
  return (
    c.entry.speakerActs === true &&
    c.first === c.last &&
    isModalWord(c.view.tokens[c.first]?.lower ?? '')
  );
}

// A modal demand word ("must", "should") before "have" judges the past or infers it ("Yia
// should have known", "the shell must have come from Yia"): nothing is asked of anyone.
const PERFECT = new Set(['have', "'ve", '’ve']);
// What may stand between the modal and its "have" ("should not have", "ought to have").
const BEFORE_PERFECT = new Set(['not', 'to']);

function beforePerfect(c: EventCandidate): boolean {
  let k = c.last + 1;
  while (BEFORE_PERFECT.has(c.view.tokens[k]?.lower ?? '')) k++;
  return PERFECT.has(c.view.tokens[k]?.lower ?? '');
}

/**
 * "Xia said Yia must withdraw", "warning that Yia should pull back": a modal of obligation under
 * a speaker (`speakerActs`) is a demand only of a party the text names as the one to act, other
 * than the speaker. The modal word names no act of its own, so with no one asked ("both leaders
 * must sign", "the talks must go on", "we should be patient"), before "have" ("should have
 * warned"), or opening a condition ("Should the talks fail, ...") it is no demand.
 */
export function dropUnaskedDemands(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.dropped || !isModalDemand(c)) return true;
    const why =
      c.first === 0
        ? `"${c.trigger.text}" opens a condition`
        : beforePerfect(c)
          ? `"${c.trigger.text} have" judges or infers the past`
          : c.recipients.length === 0
            ? `"${c.trigger.text}" asks no party named apart from the speaker`
            : null;
    if (why === null) return true;
    c.dropped = 'a modal that asks no party';
    c.notes.push(`dropped: ${why}`);
    return false;
  });
}
