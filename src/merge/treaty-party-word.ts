import type { Attribution, Event } from '../model/index.js';
import { doerOwnsWord } from './doer-word.js';

/**
 * A party's word on its own treaty step settles the claim (dev-claims README, "Confirming
 * parties": a side owning to its own act). A state that says it signed, ratified or brought a
 * treaty into force (its parliament, its news agency) is the one that did it and is bound by it,
 * unlike an outsider's report of the step. The article-level stance stays what the speaker did
 * (assert, as the single-article gold codes it); the incident's statement, which the claim status
 * walks, is a confirmation. A party that also denies or will not confirm it keeps its stance.
 *
 * @example
 * treatyPartyStance(ratificationBySylvania, sylvaniaSaid) // 'confirm'
 */
export function treatyPartyStance(event: Event, a: Attribution): Attribution['stance'] {
  if (a.stance !== 'assert' || event.mode !== 'treaty' || event.modality !== 'asserted')
    return a.stance;
  const code = a.sourceKind === 'actor' ? a.source?.code : undefined;
  return doerOwnsWord(event, code) ? 'confirm' : a.stance;
}
