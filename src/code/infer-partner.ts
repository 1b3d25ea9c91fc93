import type { ActorRef } from '../model/index.js';
import type { EventCandidate } from './candidate.js';

/**
 * A chamber's approval of a treaty names only the approving state; the treaty's other party is
 * the partner the article's other treaty events give that state, when they give exactly one.
 */
export function inferTreatyPartner(cands: EventCandidate[]): EventCandidate[] {
  const treaties = cands.filter((c) => c.mode === 'treaty' && !c.dropped);
  for (const c of treaties) {
    if (c.actors.length === 0 || c.recipients.length > 0) continue;
    const own = new Set(c.actors.map((a) => a.code));
    if (own.size !== 1) continue;
    const partners = new Map<string, ActorRef>();
    for (const o of treaties) {
      if (o === c) continue;
      const parties = [...o.actors, ...o.recipients];
      if (!parties.some((p) => own.has(p.code))) continue;
      for (const p of parties)
        if (!own.has(p.code) && !partners.has(p.code)) partners.set(p.code, p);
    }
    const [only, ...more] = [...partners.values()];
    if (!only || more.length > 0) continue;
    c.recipients = [only];
    c.notes.push(
      `recipient ${only.code}: the treaty partner the article's other treaty events name`,
    );
  }
  return cands;
}
