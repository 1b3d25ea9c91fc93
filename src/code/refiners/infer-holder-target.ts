import type { EventCandidate } from '../candidate.js';
import { mentionRef } from '../roles/role-search.js';

// Acts done to another side.
const OPPOSED = new Set(['ASSAULT', 'COERCE', 'THREATEN']);

/**
 * An attack on a place a state holds ("Xian troops shelled Yian-held villages", "Yian-occupied
 * towns were shelled") or on a ship it flags ("seized a Yian-flagged tanker") hits that state:
 * with no target named, the holder of the verb's direct object (or of a passive subject) is the
 * target. A place named after "in" ("gunmen fired on tourists in Yian-held Z") is only where it
 * happened, and gives none.
 */
export function inferHolderTarget(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    const holders = c.view.holders;
    if (!holders || holders.length === 0 || c.recipients.length > 0 || !OPPOSED.has(c.type))
      continue;
    const roles = c.clause;
    if (!roles) continue;
    const { clause, syntax } = roles;
    const phrases = clause.verb.voice === 'passive' ? [clause.subject] : clause.objects;
    for (const p of phrases) {
      if (!p) continue;
      const start = syntax.words[p.first]?.start ?? 0;
      const end = syntax.words[p.last]?.end ?? 0;
      const h = holders.find((m) => m.span.start >= start && m.span.end <= end);
      if (!h || c.actors.some((a) => a.code === h.actor.code)) continue;
      c.recipients = [mentionRef(h)];
      c.notes.push(`recipient ${h.actor.code}: "${h.text}" holds what the act is done to`);
      break;
    }
  }
  return cands;
}
