import type { Modality } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import { clauseModality, negationOfOtherClause } from '../roles/clause-modality.js';
import { clauseRoles } from '../roles/clause-roles.js';
import { isModalDemand } from './drop-unasked-demands.js';
import { CONDITIONS, MODALS, NEGATORS } from '../../annotate/english/closed-class.js';

const NEGATION = new Set([...NEGATORS, 'without', 'neither', 'nor']);
const POSSIBLE = new Set([
  'may',
  'might',
  'could',
  'would',
  'should',
  'must',
  'ought',
  'can',
  'possible',
  'possibly',
  'potential',
  'likely',
  'unlikely',
  // "tested the ability of its forces to seize": a capacity to act is no act
  'ability',
  'capability',
  'capabilities',
  'capacity',
]);
const PLANNED = new Set([...MODALS].filter(([, says]) => says === 'future').map(([w]) => w));
const PLAN_VERBS =
  /^(?:plans?|planned|planning|intends?|intended|intending|expected|preparing|prepares|prepared|set|ready|going|aims?|aiming|agreed|scheduled|due|poised|seeks?|seeking|wants?)$/;
const HYPOTHETICAL = new Set([...CONDITIONS, 'should']);
const WINDOW = 6;
// Words that end the clause before the trigger, unless right before it ("will meet and sign").
const CLAUSE_BREAKS = new Set([',', ';', 'that', 'and', 'but', 'said', 'says']);
// Subordinators that open a clause of time even right before the trigger: a modal or plan word
// before them is another clause's ("aiming to capture X since taking Y": the taking is done).
const TIME_CLAUSE = new Set(['since', 'after', 'before', 'until']);
const REPORTED = /\b(?:said|says|announced|announces|told|stated|declared|warned|vowed)\b/;

/**
 * Reads negation ("did not", "no"), possibility ("may", "could"), plans and the future ("will",
 * "plans to", "is expected to") and conditions ("if") in the words before the trigger.
 */
export function detectModality(
  cands: EventCandidate[],
  { blocked }: CodeContext,
): EventCandidate[] {
  for (const c of cands) {
    if (c.entry.presence) continue;
    const from = Math.max(0, c.first - WINDOW);
    const words = c.view.tokens.slice(from, c.first).map((t) => t.lower);
    let modality: Modality = 'asserted';
    let cue = '';
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k] ?? '';
      // a cue's own words ("have not confirmed") say nothing of the event's modality
      if (blocked.get(c.view.index)?.has(from + k)) break;
      if (TIME_CLAUSE.has(w) || (CLAUSE_BREAKS.has(w) && k < words.length - 1)) break;
      // "Doctors Without Borders said": a word of a party's name says nothing of the event
      if (c.view.mentionAt.get(from + k)?.some((m) => m.kind === 'actor')) continue;
      if (NEGATION.has(w) || w.endsWith("n't") || w.endsWith('n’t')) {
        modality = 'negated';
        cue = w;
        break;
      }
      if (HYPOTHETICAL.has(w) && k === 0) {
        modality = 'hypothetical';
        cue = w;
        break;
      }
      // "said they would X": reported future, a plan rather than a guess
      if (
        w === 'would' &&
        REPORTED.test(
          c.view.tokens
            .slice(0, from + k)
            .map((t) => t.lower)
            .join(' '),
        )
      ) {
        modality = 'planned';
        cue = 'reported "would"';
        break;
      }
      // "Unaiza May 1": a capitalised "May" inside a sentence is a name or a month, not a modal
      if (w === 'may' && from + k > 0 && c.view.tokens[from + k]?.text === 'May') continue;
      if (POSSIBLE.has(w)) {
        modality = 'possible';
        cue = w;
        break;
      }
      if (PLANNED.has(w)) {
        modality = 'planned';
        cue = w;
        break;
      }
      if (w === 'to' && PLAN_VERBS.test(words[k - 1] ?? '')) {
        modality = 'planned';
        cue = `${words[k - 1] ?? ''} to`;
        break;
      }
    }
    const sentenceStart = c.view.tokens[0]?.lower ?? '';
    if (
      modality === 'asserted' &&
      (sentenceStart === 'if' || sentenceStart === 'should' || sentenceStart === 'unless')
    ) {
      modality = 'hypothetical';
      cue = sentenceStart;
    }
    // the clause's own verb group and governors, where the tagger read them, go first
    if (c.clause === undefined) c.clause = clauseRoles(c);
    const fromClause = c.clause ? clauseModality(c.clause, isModalDemand(c)) : null;
    if (fromClause) {
      modality = fromClause.modality;
      cue = fromClause.cue;
    } else if (
      modality === 'negated' &&
      c.clause &&
      negationOfOtherClause(c.clause, c.view.tokens[from]?.start ?? 0, c.trigger.span.start)
    ) {
      modality = 'asserted';
      c.notes.push(`"${cue}" negates another clause`);
    }
    c.modality = modality;
    if (modality !== 'asserted') c.notes.push(`modality ${modality} ("${cue}")`);
  }
  return cands;
}
