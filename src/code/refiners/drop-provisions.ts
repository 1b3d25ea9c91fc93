import type { EventCandidate } from '../candidate.js';

// Verbs by which a text (treaty, law, resolution) lays down what its parties must do.
const PROVISION_VERBS =
  /^(?:mandates?|mandated|stipulates?|stipulated|obliges?|obliged|obligates?|obligated|requires?|required|commits?|committed|envisages?|envisaged|envisions?|foresees?|binds?|provides|calls)$/;
// Subjects that are texts rather than actors: only their provisions are set aside.
const TEXT_SUBJECTS =
  /^(?:it|which|that|treaty|agreement|pact|accord|deal|law|bill|resolution|document|charter|article|clause|provision|text|convention|protocol|memorandum|decree)$/;
const SUBJECT_WINDOW = 3;
const PRONOUNS = new Set(['it', 'which', 'that']);

/**
 * The token index of a provision verb at or before the trigger whose subject is a text, or -1:
 * the trigger may be the provision verb itself ("the treaty provides for aid").
 */
function provisionBefore(c: EventCandidate): number {
  const t = c.view.tokens;
  for (let i = c.first; i >= 0; i--) {
    const w = t[i]?.lower ?? '';
    if (w === ';') return -1;
    if (!PROVISION_VERBS.test(w)) continue;
    // "calls for", "provides for" are provisions; a bare "calls" or "provides" is not
    if ((w === 'calls' || w === 'provides') && !['for', 'that'].includes(t[i + 1]?.lower ?? ''))
      continue;
    for (let k = i - 1; k >= Math.max(0, i - SUBJECT_WINDOW); k--) {
      const subject = t[k]?.lower ?? '';
      // the trigger itself needs a text named as such: "it calls for" may be a state's call
      if (i === c.first && PRONOUNS.has(subject)) continue;
      if (TEXT_SUBJECTS.test(subject)) return i;
    }
    return -1;
  }
  return -1;
}

/**
 * What a treaty or law lays down ("It mandates that both nations must provide aid") is a
 * provision, not an event: triggers in such a clause are set aside.
 */
export function dropProvisions(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    const at = provisionBefore(c);
    if (at < 0) return true;
    c.dropped = `a provision laid down by "${c.view.tokens[at]?.text ?? ''}", not an event`;
    return false;
  });
}
