import type { EventCandidate } from './candidate.js';

function aboutTroops(c: EventCandidate): boolean {
  if (c.mode === 'troops' && (c.type === 'AID' || c.type === 'MOBILIZE')) return true;
  return c.ruleId.startsWith('trigger/joint');
}

/**
 * A state that speaks of its own troops sent abroad, or of them fighting beside an ally, owns to
 * them: its statement confirms the deployment (the gold's "party acknowledges it"), while a
 * side's claim of its own attack stays an assertion.
 */
export function confirmOwnTroops(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (!aboutTroops(c)) continue;
    const parties = new Set([...c.actors, ...c.recipients].map((r) => r.code));
    const next: typeof c.attributions = [];
    // A party that also denies or will not confirm is contesting the claim, not owning to it.
    const contesting = new Set(
      c.attributions
        .filter((a) => a.stance === 'deny' || a.stance === 'noncommittal')
        .map((a) => a.source?.code),
    );
    for (const a of c.attributions) {
      const code = a.source?.code;
      if (a.stance !== 'assert' || !code || !parties.has(code) || contesting.has(code)) {
        next.push(a);
        continue;
      }
      c.notes.push(
        `attribution: ${code} confirm (was assert) — a party speaking of its own troops`,
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
