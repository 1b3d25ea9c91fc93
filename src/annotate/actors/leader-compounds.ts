import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

// "Xia-led coalition": the state leads a side, so the side's acts are the state's.
const LEADING = new Set(['led', 'commanded']);
const sides = wordsTagged('led-side');
// "Xia-launched rockets": the state fired the weapon, so the weapon's strike is the state's.
const FIRING = new Set(['launched', 'fired']);
const weapons = wordsTagged('strike-weapon');

// The word a compound joins to the state by a hyphen, with no space on either side ("Xia-led"):
// its token index, or -1 when the state's words are not the first half of such a compound.
function compoundWordAfter(c: ActorCandidate, tokens: Token[], words: ReadonlySet<string>): number {
  const dash = tokens[c.to];
  const word = tokens[c.to + 1];
  if (
    !dash ||
    !word ||
    !HYPHENS.has(dash.text) ||
    tokens[c.to - 1]?.end !== dash.start ||
    dash.end !== word.start ||
    !words.has(word.key)
  )
    return -1;
  return c.to + 1;
}

// Whether a noun of `nouns` follows the compound within `reach` tokens, all of them `between`.
function nounWithin(
  tokens: Token[],
  from: number,
  reach: number,
  nouns: ReadonlySet<string>,
  between: RegExp,
): boolean {
  for (let k = from; k < from + reach; k++) {
    const key = tokens[k]?.key ?? '';
    if (nouns.has(key)) return true;
    if (!between.test(key)) return false;
  }
  return false;
}

/**
 * Whether a state in a compound word leads the side the compound describes ("Xia-led forces",
 * "a Xia-led military coalition", up to two words before the noun): the state stays a party to
 * the phrase's acts. Talks it leads ("Xia-led negotiations": a mediator) and other compounds
 * ("Xia-language", "anti-Xia") describe something else.
 */
export function leadsCompound(c: ActorCandidate, tokens: Token[]): boolean {
  const at = compoundWordAfter(c, tokens, LEADING);
  return at >= 0 && nounWithin(tokens, at + 1, 3, sides(), /^\p{L}+$/u);
}

/**
 * Whether a state in a compound word fired the weapon the compound describes ("Xia-launched
 * rockets", "two Xia-fired BM-9 rockets": a few words of letters, digits or hyphens before the
 * weapon noun): the state stays a party to what the weapon hits.
 */
export function firesCompound(c: ActorCandidate, tokens: Token[]): boolean {
  const at = compoundWordAfter(c, tokens, FIRING);
  return at >= 0 && nounWithin(tokens, at + 1, 5, weapons(), /^[\p{L}\p{N}-]+$/u);
}
