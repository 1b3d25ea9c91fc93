import type { TaggedWord } from './tag-words.js';
import { lemmaAs } from './wink-tagger.js';

// Relative pronouns that are the subject of the clause they open.
const RELATIVE_SUBJECTS = new Set(['which', 'who']);

/**
 * "Xia, which mediated alongside Yia, said": the tagger may read a past form in "-ed" as an
 * adjective right after a relative pronoun, where the clause needs its verb. Such a form tagged
 * ADJ right after "which" or "who" (adverbs between allowed: "who later fled") is a verb; the words
 * come back with it retagged VERB, its lemma the model's lemma for a verb. "which is armed" (a
 * verb before the form) is left as tagged.
 */
export function retagRelativeVerbs(words: TaggedWord[]): TaggedWord[] {
  let out: TaggedWord[] | null = null;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!w || w.pos !== 'ADJ' || !/[a-z]ed$/.test(w.lower)) continue;
    let k = i - 1;
    while (k > 0 && words[k]?.pos === 'ADV') k--;
    const pronoun = words[k];
    if (pronoun?.pos !== 'PRON' || !RELATIVE_SUBJECTS.has(pronoun.lower)) continue;
    out ??= [...words];
    out[i] = { ...w, pos: 'VERB', lemma: lemmaAs(w.lower, 'VERB') };
  }
  return out ?? words;
}
