import type { ActorMention, Article, Sentence } from '../../model/index.js';
import { tokenizeSentence, type Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';
import { loadActorIndex, type ActorIndex } from './actor-index.js';
import { combineActorPhrases, type ActorContext } from './combine-actor-phrases.js';
import { dropAmbiguousStates } from './drop-ambiguous-states.js';
import { dropHyphenCompounds } from './drop-hyphen-compounds.js';
import { dropNameParts } from './drop-name-parts.js';
import { markRelationPossessors } from './mark-relation-possessors.js';
import { recodeEthnicGroups } from './ethnic-groups.js';
import { shareCoordinatedHead } from './share-coordinated-head.js';
import { findBodyDescriptions } from './find-body-descriptions.js';
import { findContextNames } from './find-context-names.js';
import { findDefinedAcronyms } from './find-defined-acronyms.js';
import { findInitialisms } from './find-initialisms.js';
import { findNamedAgain } from './find-named-again.js';
import { addVendorNames } from './find-vendor-names.js';
import { findVendorSurnames } from './find-vendor-surnames.js';
import { readArticleDay } from './resolve-office-holder.js';

type Refiner = (cands: ActorCandidate[], tokens: Token[]) => ActorCandidate[];

// Refiners in order; they read the final spans, so they run after the phrases are combined.
const REFINERS: Refiner[] = [
  dropHyphenCompounds,
  markRelationPossessors,
  dropNameParts,
  recodeEthnicGroups,
  // after the names are cut: each demonym of "Xian and Yian troops" takes the head's sector
  shareCoordinatedHead,
];

/**
 * Finds the actors of an article: states by name, demonym and capital, the parts of a state
 * ("North Korean troops"), institutions, and office holders by name or by title on the article's
 * day. Matching walks each sentence's tokens once through one phrase trie.
 *
 * @example
 * findActorMentions(article, sentences).map((m) => m.actor.code); // ['RUS', 'PRK']
 */
export function findActorMentions(
  article: Article,
  sentences: Sentence[],
  index: ActorIndex = loadActorIndex(),
): ActorMention[] {
  const ctx: ActorContext = { index, day: readArticleDay(article.published), seen: new Set() };
  const out: ActorMention[] = [];
  for (const sentence of sentences) {
    const tokens = tokenizeSentence(article.text, sentence);
    let cands = combineActorPhrases(index.trie.matchAll(tokens), tokens, ctx);
    for (const refine of REFINERS) cands = refine(cands, tokens);
    // the field's dictionaries, under the curated ones: names no curated phrase took whole
    cands = addVendorNames(tokens, cands, index, ctx.day);
    for (const c of cands) {
      const start = tokens[c.from]?.start ?? 0;
      const end = tokens[c.to - 1]?.end ?? start;
      const span = { start, end };
      const text = article.text.slice(start, end);
      out.push({
        kind: 'actor',
        span,
        text,
        ruleId: c.ruleId,
        entry: c.entry,
        actor: { code: c.code, sector: c.sector, name: c.name, text, span, entry: c.entry },
      });
    }
  }
  // Over the whole article: whether a name is doubtful depends on the other sentences.
  const kept = dropAmbiguousStates(out, index.dictionaries.ambiguousNames);
  // then the states it names, written another way ("kyiv", "the North")
  const context = findContextNames(article, sentences, kept, index);
  const stated = context.length === 0 ? kept : kept.concat(context);
  // a listed person by title and surname, the person's state named ("President Xian")
  const surnames = findVendorSurnames(article, sentences, stated, index);
  const named = surnames.length === 0 ? stated : stated.concat(surnames);
  // a body's acronym, given in brackets after a name with its state in it
  const acronyms = findDefinedAcronyms(article, sentences, named);
  const defined = acronyms.length === 0 ? named : named.concat(acronyms);
  // a body's initials after its full name, with no brackets ("the Xian Liberation Army ... the XLA")
  const initialisms = findInitialisms(article, sentences, defined);
  const all = initialisms.length === 0 ? defined : defined.concat(initialisms);
  // a body named again by a common noun ("the bloc")
  const described = findBodyDescriptions(
    article,
    sentences,
    all,
    index.dictionaries.bodyDescriptions,
  );
  const bodies = described.length === 0 ? all : all.concat(described);
  // last, over every mention: a person named again by surname, outside any other mention
  const again = findNamedAgain(article, sentences, bodies, index.dictionaries.roles);
  return again.length === 0 ? bodies : bodies.concat(again);
}
