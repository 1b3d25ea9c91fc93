import type { SentenceView } from '../sentence-view.js';
import type { FoundActor } from './role-search.js';

// Words that end the verb's object phrase before a "by": another clause begins.
const CLAUSE_END = new Set([
  ',',
  ';',
  ':',
  'that',
  'which',
  'who',
  'and',
  'but',
  'after',
  'before',
]);
// Nouns of time and means a "by" follows without naming a maker ("by phone", "rose by ...").
const NOT_MADE = new Set(['phone', 'telephone', 'letter', 'force', 'far', 'now', 'then']);
const PARTICIPLE = /(?:ed|en|wn|ought|eld|ung)$/;

/**
 * "rejected calls by X", "demanded an admission by X", "violated a ban by X": in an active clause
 * a "by X" after the verb's object names who made or holds the object, the party the subject
 * answers or acts on. The object must stand between the verb and "by" in the same phrase; right
 * after the verb ("was, by X, ...") or past a clause boundary, "by" names no such party.
 */
export function objectMaker(view: SentenceView, last: number, by: FoundActor): boolean {
  if (by.prep !== 'by' || by.at < 0) return false;
  // the "by" before the mention ("by the United States")
  let byAt = by.at - 1;
  while (byAt > last && view.tokens[byAt]?.lower !== 'by') byAt--;
  if (byAt - last < 2 || by.at - byAt > 3) return false;
  const between = view.tokens.slice(last + 1, byAt).map((t) => t.lower);
  if (between.some((w) => CLAUSE_END.has(w))) return false;
  // "sites identified by X": the doer of a participle after the object, not its maker
  const before = between[between.length - 1] ?? '';
  return !NOT_MADE.has(before) && !PARTICIPLE.test(before);
}
