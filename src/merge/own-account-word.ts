import { OWN_ACCOUNT_RULE_ID, type Attribution, type Event } from '../model/index.js';
import { doerOwnsWord } from './doer-word.js';

/**
 * The accused's own account of its act settles the claim: "Sylvania said it had taken necessary
 * control measures against the Freedonian boats", beside Freedonia's report of Sylvania's water
 * cannon, is the side accused owning to the act in its own words (dev-claims README, "Confirming
 * parties": the side accused of the act; judgement call 3). The code stage keeps what the speaker
 * did (assert, as the single-article gold codes it) and marks the account (`OWN_ACCOUNT_RULE_ID`,
 * fold-own-accounts); the incident's statement, which the claim status walks, is a confirmation.
 * A doer that also denies the act or will not confirm it is contesting, and keeps its stance.
 *
 * @example
 * ownAccountStance(waterCannonBySylvania, sylvaniaSaidItTookMeasures) // 'confirm'
 */
export function ownAccountStance(event: Event, a: Attribution): Attribution['stance'] {
  if (a.stance !== 'assert' || a.ruleId !== OWN_ACCOUNT_RULE_ID) return a.stance;
  return doerOwnsWord(event, a.source?.code) ? 'confirm' : a.stance;
}
