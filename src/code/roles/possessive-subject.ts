import type { Phrase } from '../../annotate/syntax/chunk-phrases.js';
import type { Clause, SentenceSyntax } from '../../annotate/syntax/find-clauses.js';
import { PARTY_POSSESSIVES } from '../../annotate/english/closed-class.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';

const forces = wordsTagged('troops-of-party');
const voices = wordsTagged('voice-of-party');

/**
 * Whether a reported clause's subject is the speaker's own forces or body, named by a possessive
 * pronoun ("Xia said its troops had withdrawn", "... their forces completed", "the army chief said
 * his troops had withdrawn", "Xia said two of its soldiers were killed", "the president said his
 * government had asked"): the possessor is the subject of the clause that reports it, as a
 * personal pronoun would be. Only forces and bodies (word tags `troops-of-party`,
 * `voice-of-party`), and only in what was said: "its ally" or a possessive elsewhere may point at
 * any party named before.
 */
export function isSpeakersOwnForces(syntax: SentenceSyntax, clause: Clause, p: Phrase): boolean {
  if (clause.link !== 'complement') return false;
  // "four of its soldiers were killed": the count's possessive phrase
  const partitive =
    syntax.words[p.first]?.pos === 'NUM' && syntax.words[p.first + 1]?.lower === 'of' ? 2 : 0;
  const first = syntax.words[p.first + partitive]?.lower ?? '';
  const head = syntax.words[p.last]?.lower ?? '';
  return (
    PARTY_POSSESSIVES.has(first) &&
    p.last - p.first - partitive <= 2 &&
    (forces().has(head) || voices().has(head))
  );
}
