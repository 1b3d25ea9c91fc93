import type { TaggedWord } from './tag-words.js';
import { lemmaAs } from './wink-tagger.js';

/** What opens the object of a gerund read as a verb ("wounding two others", "burning the depot"). */
export const OPENS_GERUND_OBJECT = new Set(['DET', 'NUM', 'PRON', 'PROPN']);

/**
 * ", killing one officer and wounding two others": the tagger reads the second "-ing" form of a
 * pair as a noun. A word ending in "ing" tagged NOUN right after "and"/"or", with an object opened
 * by a determiner, number, pronoun or name right after it, is a verb where a gerund tagged VERB
 * stands before the conjunction with no verb and no punctuation but commas between. The words
 * come back with that word retagged VERB, its lemma the model's lemma for a verb; the others as
 * they were. "the shelling and bombing of the city" (a noun pair) and "killing and burning homes"
 * (no determiner before the object) are left as tagged.
 */
export function retagCoordinatedGerunds(words: TaggedWord[]): TaggedWord[] {
  let out: TaggedWord[] | null = null;
  for (let i = 2; i < words.length - 1; i++) {
    const w = words[i];
    if (!w || w.pos !== 'NOUN' || !/[a-z]ing$/.test(w.lower)) continue;
    const conj = words[i - 1];
    if (conj?.pos !== 'CCONJ' || (conj.lower !== 'and' && conj.lower !== 'or')) continue;
    if (!OPENS_GERUND_OBJECT.has(words[i + 1]?.pos ?? '')) continue;
    if (!gerundBefore(words, i - 1)) continue;
    out ??= [...words];
    out[i] = { ...w, pos: 'VERB', lemma: lemmaAs(w.lower, 'VERB') };
  }
  return out ?? words;
}

// Whether a gerund tagged VERB stands before index `conj`, with no other verb, auxiliary or
// punctuation but commas between.
function gerundBefore(words: TaggedWord[], conj: number): boolean {
  for (let k = conj - 1; k >= 0; k--) {
    const x = words[k];
    if (!x) return false;
    if (x.pos === 'VERB') return x.lower.endsWith('ing');
    if (x.pos === 'AUX' || (x.pos === 'PUNCT' && x.text !== ',')) return false;
  }
  return false;
}
