import { tokenIndexAt, type SentenceView } from '../sentence-view.js';

const WAR_WORDS = /^(?:war|fighting|conflict|combat|hostilities|battles?|offensive|invasion)$/;

/**
 * "the participation of North Koreans in the war": a people named by their plural demonym right
 * after the noun at token `i`, taking part in a war, are its troops. Without the war ("the arrival
 * of Xians") they may be anyone.
 */
export function peopleAtWar(view: SentenceView, i: number): boolean {
  if (view.tokens[i + 1]?.lower !== 'of') return false;
  const m = view.mentionAt.get(i + 2)?.[0];
  if (m?.kind !== 'actor' || m.ruleId !== 'actor/demonym' || !/s$/i.test(m.text)) return false;
  const after = tokenIndexAt(view, m.span.end);
  for (let k = after; k < Math.min(view.tokens.length, after + 4); k++)
    if (WAR_WORDS.test(view.tokens[k]?.lower ?? '')) return true;
  return false;
}
