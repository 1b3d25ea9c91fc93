import { isHyphenated } from './chunk-phrases.js';
import type { TaggedWord } from './tag-words.js';
import { lemmaAs } from './wink-tagger.js';

// What a compound modifier's first part is: an adjective or a number ("large-scale",
// "short-range", "two-day"). A verb first ("cease-fire") makes a noun of the compound.
const MODIFIER_FIRST = new Set(['ADJ', 'NUM']);

/**
 * "launched large-scale exercises": the tagger reads the noun after a hyphenated modifier as a
 * verb. A word tagged VERB right after a lower-case compound whose first part is an adjective or
 * a number ("large-scale", "two-day") is the noun the compound modifies: it comes back tagged
 * NOUN, its lemma the model's lemma for a noun. Names ("Jong-un said") and compounds that open
 * with a verb ("the cease-fire holds") are left as tagged.
 */
export function retagCompoundModified(words: TaggedWord[]): TaggedWord[] {
  let out: TaggedWord[] | null = null;
  for (let i = 0; i + 3 < words.length; i++) {
    if (!isHyphenated(words, i)) continue;
    const first = words[i];
    const second = words[i + 2];
    const next = words[i + 3];
    if (!first || !second || !next || next.pos !== 'VERB') continue;
    if (!MODIFIER_FIRST.has(first.pos) || first.text !== first.lower) continue;
    if (second.text !== second.lower || next.start !== second.end + 1) continue;
    out ??= [...words];
    out[i + 3] = { ...next, pos: 'NOUN', lemma: lemmaAs(next.lower, 'NOUN') };
  }
  return out ?? words;
}
