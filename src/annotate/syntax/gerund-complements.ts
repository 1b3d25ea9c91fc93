import { OPENS_GERUND_OBJECT } from './coordinated-gerunds.js';
import { GERUND_COMPLEMENT } from './english.js';
import type { TaggedWord } from './tag-words.js';
import { lemmaAs } from './wink-tagger.js';

/**
 * "Xia denied arming the rebels", "resumed shelling the town": the tagger reads an "-ing" form
 * as a noun after a verb that takes an "-ing" clause as its object (english.ts
 * GERUND_COMPLEMENT). Such a form tagged NOUN, right after that verb (adverbs between allowed:
 * "denied ever arming"), with an object opened by a determiner, number, pronoun or name right
 * after it, is a verb. The words come back with it retagged VERB, its lemma the model's lemma for
 * a verb. "denied the shelling of the town" (a determiner before the form), "resumed fighting in
 * the north" (no object) and "said fighting the army was futile" (a verb of saying) are left as
 * tagged.
 */
export function retagGerundComplements(words: TaggedWord[]): TaggedWord[] {
  let out: TaggedWord[] | null = null;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i];
    if (!w || w.pos !== 'NOUN' || !/[a-z]ing$/.test(w.lower)) continue;
    if (!OPENS_GERUND_OBJECT.has(words[i + 1]?.pos ?? '')) continue;
    let k = i - 1;
    while (k > 0 && words[k]?.pos === 'ADV') k--;
    const verb = words[k];
    if (verb?.pos !== 'VERB' || !GERUND_COMPLEMENT.has(verb.lemma)) continue;
    out ??= [...words];
    out[i] = { ...w, pos: 'VERB', lemma: lemmaAs(w.lower, 'VERB') };
  }
  return out ?? words;
}
