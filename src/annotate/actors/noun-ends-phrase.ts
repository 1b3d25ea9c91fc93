import { isCapitalised, isTitleCase, startsWithLetter, type Token } from '../mention-utils.js';
import { isFreeCapital } from './drop-name-parts.js';

// Words after which an adjectival noun ("military") stands as the noun: verbs of report and
// being, function words.
const AFTER_NOUN = new Set(
  (
    'said says say has have had is was were are will would could should may might can did does do ' +
    'and or but of in on at to for from with by that which who whose as than also not claimed ' +
    'announced reported stated added told denied confirmed warned accused launched fired deployed ' +
    'sent struck attacked responded rejected insisted vowed urged called asked began continued'
  ).split(' '),
);

/** Whether the word after `to` lets an adjectival noun end the phrase ("the military said"). */
export function nounEndsPhrase(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || !/^\p{Ll}/u.test(next.text)) return true;
  return AFTER_NOUN.has(next.key) || /ed$/.test(next.key);
}

/**
 * Whether an adjectival noun ("State", "Military") opens a longer name with the capitalised word
 * after it ("Xburg State University", "Sylvanian Military Academy"): it then qualifies that name,
 * and names no part of the state. `phraseNext` says whether another dictionary phrase starts
 * there ("Freedonian State Duma" is matched whole; "Military Spokesman" is an office). A title-case
 * headline capitalises every word and says nothing.
 */
export function nounOpensName(tokens: Token[], to: number, phraseNext: boolean): boolean {
  const next = tokens[to];
  if (!next || phraseNext || !startsWithLetter(next.text) || !isCapitalised(next.text))
    return false;
  return !isFreeCapital(next.key) && !isTitleCase(tokens);
}
