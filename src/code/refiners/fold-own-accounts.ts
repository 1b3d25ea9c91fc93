import { REPORTING } from '../../annotate/syntax/english.js';
import { OWN_ACCOUNT_RULE_ID } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';

// Acts of force: the side accused of one tells it in general words ("necessary measures").
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE']);

const codes = (refs: EventCandidate['actors']): Set<string> => new Set(refs.map((r) => r.code));
const shares = (refs: EventCandidate['actors'], set: Set<string>): boolean =>
  refs.some((r) => set.has(r.code));

/**
 * Whether the doer tells the act itself: the trigger's clause is the complement of a reporting
 * verb ("X said it had taken measures") and every source of the event is one of its doers.
 */
function toldByItsDoer(c: EventCandidate): boolean {
  const roles = c.clause;
  if (!roles || roles.clause.link !== 'complement' || roles.clause.parent === null) return false;
  const governor = roles.syntax.clauses[roles.clause.parent];
  if (!governor || !REPORTING.has(governor.verb.lemma)) return false;
  const doers = codes(c.actors);
  return (
    c.attributions.length > 0 &&
    c.attributions.every((a) => a.source !== null && doers.has(a.source.code))
  );
}

/**
 * The accused's own account of an act the article reports: "Sylvanian boats fired water cannon on
 * Freedonian vessels … Sylvania said it had taken necessary control measures against them". Told
 * by its doer in general words that name no particular act (trigger flag `namesNoAct`), it is the
 * doer speaking of the act of its against the same side that the article reported before, not a
 * second act: its attributions join that act and the account is no event of its own. An account
 * with no such act before it stays an event (the measures are then the news).
 */
export function foldOwnAccounts(cands: EventCandidate[]): EventCandidate[] {
  for (const account of cands) {
    if (!account.entry.namesNoAct || !FORCE_TYPES.has(account.type)) continue;
    if (!toldByItsDoer(account)) continue;
    const doers = codes(account.actors);
    const targets = codes(account.recipients);
    const act = cands
      .filter(
        (c) =>
          c !== account &&
          !c.dropped &&
          !c.entry.speech &&
          !c.entry.namesNoAct &&
          FORCE_TYPES.has(c.type) &&
          c.view.index <= account.view.index &&
          shares(c.actors, doers) &&
          (targets.size === 0 || shares(c.recipients, targets)),
      )
      .sort(
        (a, b) => a.view.index - b.view.index || a.trigger.span.start - b.trigger.span.start,
      )[0];
    if (!act) continue;
    for (const a of account.attributions) {
      if (act.attributions.some((b) => b.source?.code === a.source?.code && b.stance === a.stance))
        continue;
      act.attributions.push({ ...a, ruleId: OWN_ACCOUNT_RULE_ID });
      act.notes.push(
        `attribution: ${a.source?.code ?? '(unnamed)'} ${a.stance} via "${a.cue}" — its own account of this act ("${account.trigger.text}")`,
      );
    }
    if (act.view !== account.view && !act.extraEvidence.includes(account.view))
      act.extraEvidence.push(account.view);
    account.dropped = `its doer's own account of "${act.trigger.text}" (sentence ${act.view.index + 1}), not another act`;
  }
  return cands.filter((c) => !c.dropped);
}
