import type { Phrase } from '../../annotate/syntax/chunk-phrases.js';
import {
  isPluralPhrase,
  type Clause,
  type SentenceSyntax,
} from '../../annotate/syntax/find-clauses.js';

const OBJECT_PRONOUNS = new Set(['them', 'it', 'him', 'her']);

/**
 * "called the leaders of Xia and Yia to urge them to stop": in a "to"-clause that shares the
 * governing subject, an object pronoun stands for the governing clause's object, the one the
 * subject turned to (a plural "them" for a plural object, "it" for a singular one). Returns that
 * object phrase, or null where the pronoun may point elsewhere.
 */
export function pronounObjectAntecedent(
  syntax: SentenceSyntax,
  clause: Clause,
  object: Phrase,
): Phrase | null {
  if (clause.marker !== 'to' || clause.subjectFrom !== 'shared' || clause.parent === null)
    return null;
  const word = syntax.words[object.head];
  if (object.first !== object.last || word?.pos !== 'PRON' || !OBJECT_PRONOUNS.has(word.lower))
    return null;
  const antecedent = syntax.clauses[clause.parent]?.objects[0];
  if (!antecedent) return null;
  const plural = isPluralPhrase(syntax, antecedent);
  if (word.lower === 'them' && !plural) return null;
  if (word.lower === 'it' && plural) return null;
  return antecedent;
}
