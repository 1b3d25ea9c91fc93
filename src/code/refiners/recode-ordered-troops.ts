import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const departures = wordsTagged('departure-verb');
// How far after the order its "to" and the verb of leaving may stand ("ordered all French
// troops stationed in the north to leave").
const WINDOW = 10;

/**
 * "Xia ordered its troops to withdraw from the border", "ordered Yian troops to leave the
 * country": an order that sends troops away is no deployment. The orderer's own troops withdraw
 * (RETREAT/withdraw); another state's troops are expelled (SANCTION/expel against that state, as
 * "expelled Yian troops" is). Read on a MOBILIZE of an order verb, by the verb of leaving after
 * "to" (word tag `departure-verb`).
 */
export function recodeOrderedTroops(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'MOBILIZE' || c.entry.lemma !== 'order') continue;
    const tokens = c.view.tokens;
    let leaves = false;
    for (let k = c.last + 1; k < c.last + WINDOW && k + 1 < tokens.length; k++) {
      const w = tokens[k]?.lower ?? '';
      if (/^[,.;:]$/.test(w)) break;
      if (w === 'to') {
        leaves = departures().has(tokens[k + 1]?.lower ?? '');
        break;
      }
    }
    if (!leaves) continue;
    const own = new Set(c.actors.map((a) => a.code));
    const others = c.recipients.filter((r) => !own.has(r.code));
    if (others.length > 0) {
      c.type = 'SANCTION';
      c.mode = 'expel';
      c.recipients = others;
      c.notes.push("an order sending another state's troops away: coded as SANCTION/expel");
    } else {
      c.type = 'RETREAT';
      c.mode = 'withdraw';
      c.recipients = [];
      c.notes.push('an order sending its own troops away: coded as RETREAT/withdraw');
    }
  }
  return cands;
}
