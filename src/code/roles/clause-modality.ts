import { MODALS, NEGATORS } from '../../annotate/english/closed-class.js';
import { REPORTING } from '../../annotate/syntax/english.js';
import type { Clause } from '../../annotate/syntax/find-clauses.js';
import type { Modality } from '../../model/index.js';
import type { ClauseRoles } from './clause-roles.js';

// The negators of a verb: "no" negates a noun ("no comment"), not the clause's act.
const VERB_NEGATORS = new Set([...NEGATORS].filter((w) => w !== 'no'));

/** What a clause's verb group and its governors say of the event: PLOVER's auxiliary modes. */
export interface ClauseMode {
  modality: Modality;
  cue: string;
}

/**
 * The modality a trigger's clause gives it: negation of its own verb group ("did not send"),
 * a modal ("could", "will", "must"; "would" under a reporting verb is a reported plan), or a
 * condition ("if") on it or a clause it hangs on. Null when the clause asserts. A trigger that is
 * the clause's modal itself (`modalIsTrigger`: "Yia must not attack", a demand) takes only the
 * condition: its negation and modal belong to the act it asks for.
 */
export function clauseModality(roles: ClauseRoles, modalIsTrigger = false): ClauseMode | null {
  const { clause, syntax } = roles;
  const verb = clause.verb;
  if (verb.negated && !modalIsTrigger)
    return { modality: 'negated', cue: `negated verb group "${verb.lemma}"` };
  for (let j: number | null = roles.index, steps = 0; j !== null && steps < 6; steps++) {
    const c: Clause | undefined = syntax.clauses[j];
    if (!c) break;
    if (c.link === 'condition')
      return { modality: 'hypothetical', cue: `condition "${c.marker ?? ''}"` };
    if (awaitedCondition(syntax.clauses, c))
      return { modality: 'hypothetical', cue: 'condition "until" of a refusal or a plan' };
    j = c.parent;
  }
  const modal = verb.modal;
  // a demand made by its modal ("Yia must not attack"): the negation and the modal are the act asked
  if (!modal || modalIsTrigger) return null;
  const kind = MODALS.get(modal);
  if (kind === 'future') return { modality: 'planned', cue: `modal "${modal}"` };
  const parent = clause.parent !== null ? syntax.clauses[clause.parent] : undefined;
  const reported =
    clause.link === 'complement' && parent !== undefined && REPORTING.has(parent.verb.lemma);
  if (modal === 'would' && reported) return { modality: 'planned', cue: 'reported "would"' };
  // an act one must or should do is asked for or inferred, not told as done
  if (kind === 'possible' || kind === 'obligation')
    return { modality: 'possible', cue: `modal "${modal}"` };
  return null;
}

/**
 * "would not negotiate until the memorandum was withdrawn", "will keep fighting until X leaves":
 * an "until" clause hung on a negated or future verb names what has to happen first, a condition,
 * not an act told. Under a verb in the past ("fought until the army withdrew") it tells one.
 */
function awaitedCondition(clauses: readonly Clause[], c: Clause): boolean {
  if (c.link !== 'adverbial' || c.marker !== 'until' || c.parent === null) return false;
  const verb = clauses[c.parent]?.verb;
  if (!verb) return false;
  return (
    verb.negated ||
    (verb.modal !== null && MODALS.get(verb.modal) === 'future') ||
    verb.modal === 'would'
  );
}

/**
 * Whether a negation the word window found before a trigger belongs to another clause's verb
 * group ("X, which has not commented, shelled Y"): then it says nothing of this event.
 */
export function negationOfOtherClause(roles: ClauseRoles, from: number, to: number): boolean {
  const { syntax, index } = roles;
  const negators = syntax.words
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.start >= from && w.end <= to && VERB_NEGATORS.has(w.lower));
  return (
    negators.length > 0 &&
    negators.every(({ i }) =>
      syntax.clauses.some(
        (c, k) => k !== index && c.verb.negated && i >= c.verb.first && i <= c.verb.last,
      ),
    )
  );
}
