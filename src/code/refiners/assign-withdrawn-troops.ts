import type { EventCandidate } from '../candidate.js';
import { namesTroops } from '../roles/names-troops.js';
import { uniqueRefs } from '../roles/role-search.js';

/**
 * Troops withdrawn are the ones who retreat (PLOVER RETREAT: the actor is who pulls back). In
 * "Xian troops were withdrawn" the troops act, not suffer; in "Freedonia withdrew Xian troops"
 * they act beside the state that pulls them back, one joint act. Only parties named as troops
 * move: "Freedonia withdrew its envoy from Sylvania" keeps Sylvania as the one withdrawn from,
 * and "Freedonian troops withdrew from Sylvania" already has its troops as actor.
 */
export function assignWithdrawnTroops(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.rolesFixed || c.entry.troopsRetreat !== true || c.entry.pos !== 'verb') continue;
    const at = c.trigger.span.start;
    // a passive's subject stands before the verb, an active verb's object after it
    const withdrawn = c.recipients.filter(
      (r) =>
        namesTroops(c.view, r) &&
        (c.passive ? (r.span?.end ?? at) <= at : (r.span?.start ?? 0) >= at),
    );
    if (withdrawn.length === 0) continue;
    c.actors = uniqueRefs([...c.actors, ...withdrawn]);
    // the rest of a passive's subject names no one withdrawn from ("according to X, troops were withdrawn")
    c.recipients = c.passive ? [] : c.recipients.filter((r) => !withdrawn.includes(r));
    c.notes.push(
      `troops withdrawn act: ${withdrawn.map((r) => `${r.code} ("${r.text}")`).join(', ')} retreat${c.actors.length > withdrawn.length ? ' beside who withdraws them' : ''}`,
    );
  }
  return cands;
}
