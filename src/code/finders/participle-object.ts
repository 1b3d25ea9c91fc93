import type { SentenceView } from '../sentence-view.js';

// Words after "on" that make it a date ("fired on Monday"), not what was fired on.
const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/**
 * "Xian troops fired on Yian border posts": a participle after people that a reduced passive
 * could follow ("soldiers fired on in the night") is active where the word its trigger row
 * requires as object stands right after it and a party or noun follows that word: the verb has
 * its own object. "fired on by X" and "fired on Monday" are left to the reduced-passive test. `objectAt` is the required word's index, or none.
 */
export function takesOwnObject(view: SentenceView, i: number, objectAt: number): boolean {
  if (objectAt !== i + 1) return false;
  const after = view.tokens[i + 2];
  if (!after || after.lower === 'by' || DATE_WORDS.has(after.lower)) return false;
  return /^\p{L}/u.test(after.text);
}
