import { wordsTagged } from '../../dictionaries/word-lists.js';

const voices = wordsTagged('voice-of-party');
// The possessive pronouns that point at a party named before ("our" speaks in a quote).
const POINTING = new Set(['its', 'their', 'his', 'her']);

/**
 * "Its defence ministry said", "their spokesman said", "his government said": a speaker named by
 * a possessive pronoun and one who speaks for a party, with at most two words between them. The
 * speaker is the party the pronoun points at, which the sentence's words do not name.
 * `words`: the lower-case words of the subject before the cue, its adverbs left out.
 */
export function isPossessedVoice(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  return POINTING.has(words[0] ?? '') && voices().has(words.at(-1) ?? '');
}
