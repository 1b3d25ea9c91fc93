import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';

// Modes whose events bind the same two partners throughout an article.
const PARTNER_MODES = ['treaty', 'troops'];

/**
 * A chamber's approval of a treaty, or troops said to fight "against Ukraine", name only one
 * side; the other is the partner the article's other events of that mode give that side, when
 * they give exactly one.
 */
export function inferPartner(cands: EventCandidate[]): EventCandidate[] {
  for (const mode of PARTNER_MODES)
    inferPartnerIn(
      cands.filter((c) => c.mode === mode && !c.dropped),
      mode,
    );
  return cands;
}

function inferPartnerIn(events: EventCandidate[], mode: string): void {
  for (const c of events) {
    if (c.actors.length === 0 || c.recipients.length > 0) continue;
    const own = new Set(c.actors.map((a) => a.code));
    if (own.size !== 1) continue;
    const partners = new Map<string, ActorRef>();
    for (const o of events) {
      if (o === c) continue;
      const parties = [...o.actors, ...o.recipients];
      // a treaty binds both ways; troops go one way, so only the side's own sending names its
      // partner (troops sent to it by another say nothing of where its own troops go)
      const sides = mode === 'troops' ? o.actors : parties;
      if (!sides.some((p) => own.has(p.code))) continue;
      for (const p of parties)
        if (!own.has(p.code) && !partners.has(p.code)) partners.set(p.code, p);
    }
    const [only, ...more] = [...partners.values()];
    if (!only || more.length > 0) continue;
    c.recipients = [only];
    c.notes.push(
      `recipient ${only.code}: the partner the article's other ${c.mode ?? ''} events name`,
    );
  }
}
