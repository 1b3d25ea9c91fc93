import type { Attribution, Event } from '../model/index.js';
import { doerOwnsWord } from './doer-word.js';

/**
 * A captor's word on a capture settles the claim (dev-claims README, "Confirming parties": the
 * side that holds the prisoners confirms; decision 012, amended). Its doer holds the captives and
 * can show or exchange them, unlike a side's word on the damage it did, which stays a claim of
 * success. The article-level stance stays what the speaker did ("announced": assert, as the
 * single-article gold codes it); the incident's statement, which the claim status walks, is a
 * confirmation. A captor that also denies or will not confirm is contesting, and keeps its stance.
 *
 * @example
 * captorWordStance(captureBySylvania, sylvaniaSaid) // 'confirm'
 */
export function captorWordStance(event: Event, a: Attribution): Attribution['stance'] {
  if (a.stance !== 'assert' || event.mode !== 'abduct' || event.recipients.length === 0)
    return a.stance;
  return doerOwnsWord(event, a.source?.code) ? 'confirm' : a.stance;
}
