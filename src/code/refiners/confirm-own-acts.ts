import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';

function aboutTroops(c: EventCandidate): boolean {
  if (c.mode === 'troops' && (c.type === 'AID' || c.type === 'MOBILIZE')) return true;
  return c.entry.sideBySide === true;
}

/**
 * The parties whose word on an event is their own: both sides of a deployment of troops (the
 * sender and the host), otherwise the doers only (the side an act was done to accuses).
 */
export function ownersOf(c: EventCandidate): Set<string> {
  return new Set((aboutTroops(c) ? [...c.actors, ...c.recipients] : c.actors).map((r) => r.code));
}

/**
 * Who owns to an event by saying it: for troops sent abroad or fighting beside an ally, either
 * side of the deployment (the sender and the host); for an official act whose codebook type says
 * the doer's own word settles it (a sanction, a ceasefire, a treaty), its doer. Their plain
 * statement confirms the event (the gold's "party acknowledges it"); a side's claim of its own
 * attack stays an assertion, and so does a party's report of a meeting that merely shares the
 * sentence ("X met Y amid reports of the deployment").
 */
export function confirmOwnActs(
  cands: EventCandidate[],
  { codebook }: CodeContext,
): EventCandidate[] {
  const settles = new Set(codebook.filter((e) => e.ownWordConfirms).map((e) => e.type));
  // sentences that report a meeting or visit: what a party says there is the meeting
  const meetings = new Set(
    cands
      .filter((o) => o.type === 'CONSULT')
      .flatMap((o) => [o.view, ...o.extraEvidence].map((v) => v.sentence.span.start)),
  );
  for (const c of cands) {
    const troops = aboutTroops(c);
    if (!troops && !settles.has(c.type)) continue;
    const owners = ownersOf(c);
    const next: typeof c.attributions = [];
    // A party that also denies or will not confirm is contesting the claim, not owning to it.
    const contesting = new Set(
      c.attributions
        .filter((a) => a.stance === 'deny' || a.stance === 'noncommittal')
        .map((a) => a.source?.code),
    );
    for (const a of c.attributions) {
      const code = a.source?.code;
      const atMeeting = meetings.has(a.evidence.span.start);
      if (
        a.stance !== 'assert' ||
        !code ||
        !owners.has(code) ||
        contesting.has(code) ||
        atMeeting
      ) {
        next.push(a);
        continue;
      }
      c.notes.push(
        `attribution: ${code} confirm (was assert) — a party speaking of its own ${troops ? 'troops' : 'act'}`,
      );
      if (!c.attributions.some((b) => b.source?.code === code && b.stance === 'confirm'))
        next.push({ ...a, stance: 'confirm' as const });
    }
    c.attributions = next.filter(
      (a, i) =>
        next.findIndex((b) => b.source?.code === a.source?.code && b.stance === a.stance) === i,
    );
  }
  return cands;
}
