import type { Phrase } from './chunk-phrases.js';
import type { TaggedWord } from './tag-words.js';

// what opens an appositive after a comma: "Freedonia, a close ally of Sylvania,"
const ARTICLES = new Set(['a', 'an', 'the']);
// words of an appositive the chunker may leave outside its phrases ("the largest in the region")
const DESCRIBING = new Set(['ADP', 'ADJ', 'ADV', 'DET', 'NUM', 'NOUN', 'PROPN']);

/**
 * The subject before a comma that closes an appositive right before word `i` ("Freedonia, a
 * close ally of Sylvania in the region, has refused"): the appositive opens with an article after
 * a comma and holds no verb and no other comma; the subject is what ends before that comma.
 * The chunker may have read "Freedonia, a close ally" as one list: the subject is then its part
 * before the comma. Null when no appositive ends at `i`.
 */
export function subjectBeforeAppositive(
  words: TaggedWord[],
  phrases: Phrase[],
  at: number[],
  i: number,
): Phrase | null {
  if (words[i - 1]?.text !== ',') return null;
  let k = i - 2;
  while (k > 0 && words[k]?.text !== ',') {
    if ((at[k] ?? -1) < 0 && !DESCRIBING.has(words[k]?.pos ?? '')) return null;
    k--;
  }
  if (k < 1 || !ARTICLES.has(words[k + 1]?.lower ?? '')) return null;
  const joined = phrases[at[k] ?? -1];
  if (joined) {
    // "On Monday, Freedonia, a close ally": a phrase of time or place before it is no subject
    let first = joined.first;
    if (joined.prep !== null)
      for (let j = k - 1; j > joined.first && first === joined.first; j--)
        if (words[j]?.text === ',') first = j + 1;
    if (first === joined.first && joined.prep !== null) return null;
    return { first, last: k - 1, head: k - 1, prep: null };
  }
  const before = phrases[at[k - 1] ?? -1];
  return before && before.last === k - 1 && before.prep === null ? before : null;
}
