import type { EventCandidate } from '../candidate.js';

// "has yet to", "is yet to", "have yet to": the act after it has not happened
const YET = 'yet';

/**
 * "Xia has yet to sign the deal", "Yia is yet to withdraw": an act said not to have happened so
 * far is negated, as "has not signed" is; it is no asserted event (and no plan: nothing says it
 * will happen). Runs after modality, which reads only negators and modals before the trigger.
 */
export function detectUnmetActs(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.entry.pos !== 'verb' || c.modality === 'negated') continue;
    const tokens = c.view.tokens;
    if (tokens[c.first - 1]?.lower !== 'to' || tokens[c.first - 2]?.lower !== YET) continue;
    c.modality = 'negated';
    c.notes.push(`modality negated ("yet to ${c.trigger.text}": not done so far)`);
  }
  return cands;
}
