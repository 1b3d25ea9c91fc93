import type { Phrase } from '../../annotate/syntax/chunk-phrases.js';
import { TIME_WORDS } from '../../annotate/syntax/english.js';
import type { EventCandidate } from '../candidate.js';
import { readSyntaxAhead, readsClause, syntaxOf, wordAt } from '../roles/clause-roles.js';

// What may stand after a noun that ends a prepositional phrase: a preposition, a comma or stop,
// a joining word; not an object (a noun phrase after a verb).
const AFTER_NOUN = new Set(['ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'PART']);

// A one-word verb trigger after a word that may modify it (a cheap test on tokens, before any
// tagging).
function mayHeadPhrase(c: EventCandidate): boolean {
  if (!readsClause(c) || c.first !== c.last) return false;
  const prev = c.view.tokens[c.first - 1];
  return prev !== undefined && /^[\p{L}]/u.test(prev.text);
}

/**
 * "carried out airstrikes on Xian targets", "fired at Yian positions": a verb trigger form that
 * stands as the head noun of a prepositional phrase, after a determiner, adjective or demonym of
 * its own phrase, names a thing, not an act, and has no subject of its own: it is no verb trigger.
 * The tagger says so (NOUN), or calls it VERB after a modifier with no object after it. The
 * sentence is tagged anyway (a verb trigger's clause is read), so this costs no tagging.
 */
export function dropPhraseNouns(cands: EventCandidate[]): EventCandidate[] {
  // the sentences it asks about, tagged together in the order it asks
  readSyntaxAhead(cands.filter(mayHeadPhrase).map((c) => c.view));
  return cands.filter((c) => {
    if (!mayHeadPhrase(c)) return true;
    const syntax = syntaxOf(c.view);
    const w = wordAt(syntax, c.trigger.span.start);
    const word = syntax.words[w];
    if (!word || word.end !== c.trigger.span.end) return true;
    const before = syntax.words[w - 1];
    let phrase: Phrase | undefined;
    if (word.pos === 'NOUN') {
      phrase = syntax.phrases.find((p) => p.head === w && p.first < w);
    } else if (
      word.pos === 'VERB' &&
      (before?.pos === 'ADJ' ||
        before?.pos === 'DET' ||
        // a demonym is tagged as a name: only a plural-looking form after it ("Xian targets")
        (before?.pos === 'PROPN' && /[^s]s$/.test(word.lower))) &&
      AFTER_NOUN.has(syntax.words[w + 1]?.pos ?? 'PUNCT')
    ) {
      phrase = syntax.phrases.find((p) => p.last === w - 1 && p.first <= w - 1);
    }
    if (!phrase || phrase.prep === null) return true;
    // "On Sunday thousands march through X": a time word joined to the words after it, in a
    // sentence with no verb of its own, is the tagger's misreading; the verb stays
    if (syntax.clauses.length === 0) return true;
    for (let k = phrase.first; k <= phrase.last; k++)
      if (TIME_WORDS.has(syntax.words[k]?.lower ?? '')) return true;
    // the trigger is the head of (or ends) a phrase governed by a preposition
    c.notes.push(
      `dropped: "${phrase.prep} ... ${c.trigger.text}" is a noun in a prepositional phrase, not a verb`,
    );
    c.dropped = 'a noun in a prepositional phrase';
    return false;
  });
}
