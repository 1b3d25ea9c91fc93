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

/**
 * Whether a state in a compound word leads the side the compound describes ("Xia-led forces",
 * "a Xia-led military coalition", up to two words before the noun): the state stays a party to
 * the phrase's acts. Talks it leads ("Xia-led negotiations": a mediator) and other compounds
 * ("Xia-language", "anti-Xia") describe something else.
 */
export function leadsCompound(c: ActorCandidate, tokens: Token[]): boolean {
  const dash = tokens[c.to];
  const word = tokens[c.to + 1];
  if (
    !dash ||
    !word ||
    !HYPHENS.has(dash.text) ||
    tokens[c.to - 1]?.end !== dash.start ||
    dash.end !== word.start ||
    !LEADING.has(word.key)
  )
    return false;
  for (let k = c.to + 2; k <= c.to + 4; k++) {
    const key = tokens[k]?.key ?? '';
    if (sides().has(key)) return true;
    if (!/^\p{L}+$/u.test(key)) return false;
  }
  return false;
}

/**
 * Whether a state in a compound word fired the weapon the compound describes ("Xia-launched
 * rockets", "two Xia-fired BM-9 rockets": a few words of letters, digits or hyphens before the
 * weapon noun): the state stays a party to what the weapon hits.
 */
export function firesCompound(c: ActorCandidate, tokens: Token[]): boolean {
  const dash = tokens[c.to];
  const word = tokens[c.to + 1];
  if (
    !dash ||
    !word ||
    !HYPHENS.has(dash.text) ||
    tokens[c.to - 1]?.end !== dash.start ||
    dash.end !== word.start ||
    !FIRING.has(word.key)
  )
    return false;
  for (let k = c.to + 2; k <= c.to + 6; k++) {
    const key = tokens[k]?.key ?? '';
    if (weapons().has(key)) return true;
    if (!/^[\p{L}\p{N}-]+$/u.test(key)) return false;
  }
  return false;
}
