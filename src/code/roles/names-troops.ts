import type { ActorRef } from '../../model/index.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { SentenceView } from '../sentence-view.js';

const troopWords = wordsTagged('troops-of-party');

/** Whether a party's mention names troops: a military mention, or a state before a troop noun ("Xian soldiers"). */
export function namesTroops(view: SentenceView, ref: ActorRef): boolean {
  if (ref.sector === 'MIL') return true;
  const end = view.tokens.findIndex((t) => t.start >= (ref.span?.end ?? 0));
  return troopWords().has(view.tokens[end]?.lower ?? '');
}
