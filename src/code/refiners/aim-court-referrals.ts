import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { COURT_REFERRAL_RULE, referralAt } from '../finders/find-court-referrals.js';

// How many words after the court word its name may run on ("Court of Justice").
const COURT_NAME_TAIL = 3;

// The acts that set two sides against each other: the sides of a dispute taken to court.
const OPPOSED = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'SANCTION', 'ACCUSE']);

/**
 * "Yia referred the dispute to the International Court of Justice": the court is where the
 * accusation is made, not whom it accuses (a judicial body, or a party named in the court's phrase, is taken off the recipients); with no
 * side named ("against Xia"), the accused is the one other party the referring side's acts of
 * force, measures and accusations in the article oppose it to, if there is exactly one.
 */
export function aimCourtReferrals(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.ruleId !== COURT_REFERRAL_RULE || c.dropped) continue;
    const before = c.recipients;
    const at = referralAt(c.view, c.first);
    const tokens = c.view.tokens;
    const from = at ? (tokens[at.to]?.start ?? 0) : 0;
    const to = at ? (tokens[Math.min(at.court + COURT_NAME_TAIL, tokens.length - 1)]?.end ?? 0) : 0;
    // the court and the body it belongs to ("the UN International Court of Justice")
    c.recipients = c.recipients.filter(
      (r) => r.sector !== 'JUD' && !(r.span && r.span.start >= from && r.span.start < to),
    );
    if (c.recipients.length < before.length)
      c.notes.push('the court is where it accuses, not whom');
    if (c.recipients.length > 0 || c.actors.length === 0) continue;
    const own = new Set(c.actors.map((a) => a.code));
    const others = new Map<string, ActorRef>();
    for (const d of cands) {
      if (d === c || d.dropped || !OPPOSED.has(d.type)) continue;
      const sides = [d.actors, d.recipients];
      // a reciprocal act ("Xia and Yia clashed") sets its actors against each other
      if (d.recipients.length === 0) sides.push(d.actors);
      const mine = sides.findIndex((s) => s.some((a) => own.has(a.code)));
      if (mine < 0) continue;
      const theirs = d.recipients.length === 0 ? d.actors : (sides[1 - mine] ?? []);
      for (const r of theirs)
        if (!own.has(r.code) && r.code.length === 3 && r.sector !== 'JUD') others.set(r.code, r);
    }
    if (others.size !== 1) continue;
    c.recipients = [...others.values()];
    c.notes.push(
      `recipients: ${c.recipients.map((r) => r.code).join('+')} — the one side the referring party is opposed to in the article`,
    );
  }
  return cands;
}
