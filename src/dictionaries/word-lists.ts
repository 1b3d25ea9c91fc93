import { z } from 'zod';
import { DICTIONARY_ROOT, loadDictionary } from './load-dictionary.js';

/**
 * What a rule reads a word of a word list as; a row carries every tag that holds for it, so a
 * new word is one row (see dictionaries/README.md for what each tag means).
 */
export const WordTag = z.enum([
  'unnamed-force',
  'troops-of-party',
  'troop-claim',
  'reduced-passive-head',
  'subject-end',
  'carries-event-noun',
  'led-side',
  'withdrawn-envoy',
  'withdrawn-mission',
  'local-police',
  'hedges-complement',
  'may-be-internal',
  'held-ground',
  'risked-outcome',
  'claim-noun',
  'treaty-signed',
  'treaty-ratified',
  'treaty-in-force',
  'armed-group',
  'protest-aim',
  'site-head',
  'site-prefix',
  'site-modifier',
  'judgment',
  'strike-weapon',
  'ticker-label',
  'kept-course',
  'abstract-side',
  'fought-ill',
  'count-head',
  // decision 033 (recall of unseen forms)
  'used-weapon',
  'restraint-aim',
  'public-aim',
  'sides-at-war',
  'troop-noun',
  'craft-head',
  'crowd',
  'whole-conflict',
  'voice-of-party',
  'party-relation',
  'knowledge-noun',
  'settlement-of',
  'flight-verb',
  'departure-verb',
  'draws-reaction',
  'reaction-noun',
]);
export type WordTag = z.infer<typeof WordTag>;

export const WordRow = z.object({
  word: z.string().regex(/^[a-z][a-z-]*$/, 'one lower-case word'),
  tags: z.array(WordTag).min(1),
});
export type WordRow = z.infer<typeof WordRow>;

/** The word lists of `dictionaries/words/`, one file per class of word. */
export const WORD_LISTS = [
  'force-nouns',
  'people-nouns',
  'act-verbs',
  'hedge-verbs',
  'meeting-nouns',
  'ground-nouns',
  'claim-nouns',
  'treaty-step-words',
  'aim-words',
  'site-words',
  'judgment-words',
  'weapon-nouns',
  'page-labels',
  'resolve-verbs',
  'abstract-nouns',
  'count-nouns',
  // decision 033 (recall of unseen forms)
  'used-weapons',
  'restraint-aims',
  'appeal-addressees',
  'craft-nouns',
  'conflict-nouns',
  'voice-nouns',
] as const;

const sets = new Map<string, Set<string>>();

/**
 * The words of every word list that carry `tag`, as a set of lower-case words (built once per
 * tag and folder).
 *
 * @example
 * taggedWords('unnamed-force').has('troops'); // true
 */
export function taggedWords(tag: WordTag, root = DICTIONARY_ROOT): Set<string> {
  const key = `${root}\u0000${tag}`;
  let set = sets.get(key);
  if (!set) {
    const rows = WORD_LISTS.flatMap(
      (list) => loadDictionary(list, WordRow, (r) => r.word, root).entries,
    );
    set = new Set(rows.filter((r) => r.tags.includes(tag)).map((r) => r.word));
    sets.set(key, set);
  }
  return set;
}

/**
 * A getter for {@link taggedWords}, with `also` the words a rule adds that are no nouns of a word
 * list (pronouns, "others"); it reads the lists on first use, so a rule declares its words at
 * module level without reading a file when it is imported.
 *
 * @example
 * const forceNouns = wordsTagged('unnamed-force');
 * forceNouns().has('subunits'); // true
 */
export function wordsTagged(tag: WordTag, also: readonly string[] = []): () => Set<string> {
  let set: Set<string> | undefined;
  return () => (set ??= new Set([...taggedWords(tag), ...also]));
}
