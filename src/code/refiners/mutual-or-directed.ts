import type { EventCandidate } from '../candidate.js';

// acts of force, where who acted on whom is what the sides dispute
const FORCE = new Set(['ASSAULT', 'COERCE']);

// candidates that told a mutual act in their own sentence, before any merge pooled their parties
const toldMutual = new WeakSet<EventCandidate>();

/** Records which candidates tell a mutual act of force (several actors, nobody acted on). */
export function noteMutualActs(cands: EventCandidate[]): void {
  for (const c of cands)
    if (FORCE.has(c.type) && c.actors.length > 1 && c.recipients.length === 0) toldMutual.add(c);
}

// does a party that acts in `x` stand on the receiving side in `y`?
const actsOn = (x: EventCandidate, y: EventCandidate): boolean =>
  x.actors.some((p) => y.recipients.some((r) => r.code === p.code));

/**
 * Is one candidate a directed act of force told after a mutual one between the same sides?
 * "Xia and Yland exchanged fire" (both act), then "Xian forces opened fire on Yland" (Xia acts
 * on Yland): the later sentence says who acted, which is what the sides dispute, so the merge
 * keeps the two apart. A mutual mention told after a directed act ("there were clashes")
 * retells it and may merge. Reads the marks of `noteMutualActs`.
 */
export function directedAfterMutual(a: EventCandidate, b: EventCandidate): boolean {
  const [m, d] = toldMutual.has(a) ? [a, b] : toldMutual.has(b) ? [b, a] : [null, null];
  if (!m || !d || toldMutual.has(d) || !FORCE.has(d.type) || d.view.index <= m.view.index)
    return false;
  return actsOn(m, d) || actsOn(d, m);
}
