import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

// "Xia-led coalition": the state leads a side, so the side's acts are the state's.
const LEADING = new Set(['led', 'commanded']);
const sides = wordsTagged('led-side');

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
