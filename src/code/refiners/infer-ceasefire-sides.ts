import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';

// Acts agreed between the sides at war: told with no party ("the ceasefire, brokered on Monday"),
// they are between the two sides the article's acts of force set against each other.
const BETWEEN_SIDES_MODES = new Set(['ceasefire']);

// The two sides of the article's acts of force: the pair of states most often set against each
// other (actor and target, or two actors of a mutual act); none when no pair clearly leads.
function warringSides(cands: EventCandidate[]): [ActorRef, ActorRef] | null {
  const pairs = new Map<string, { n: number; sides: [ActorRef, ActorRef] }>();
  const count = (a: ActorRef, b: ActorRef): void => {
    if (a.code === b.code || a.code.length !== 3 || b.code.length !== 3) return;
    const [x, y] = a.code < b.code ? [a, b] : [b, a];
    const key = `${x.code}+${y.code}`;
    const hit = pairs.get(key);
    pairs.set(key, { n: (hit?.n ?? 0) + 1, sides: hit?.sides ?? [x, y] });
  };
  for (const c of cands) {
    if (c.dropped || c.type !== 'ASSAULT' || c.modality !== 'asserted') continue;
    for (const a of c.actors) for (const r of c.recipients) count(a, r);
    if (c.recipients.length === 0)
      c.actors.forEach((a, i) => c.actors.slice(i + 1).forEach((b) => count(a, b)));
  }
  const [first, second] = [...pairs.values()].sort((a, b) => b.n - a.n);
  if (!first || first.n < 2 || (second && second.n * 1.5 > first.n)) return null;
  return first.sides;
}

/**
 * A ceasefire told with no party of its own is agreed by the two sides at war in the article
 * (both act, as in "X and Y agreed a truce"); only when the article's acts of force clearly set
 * two states against each other.
 */
export function inferCeasefireSides(cands: EventCandidate[]): EventCandidate[] {
  const open = cands.filter(
    (c) =>
      !c.dropped &&
      BETWEEN_SIDES_MODES.has(c.mode ?? '') &&
      c.actors.length + c.recipients.length === 0,
  );
  if (open.length === 0) return cands;
  const sides = warringSides(cands);
  if (!sides) return cands;
  for (const c of open) {
    c.actors = [...sides];
    c.notes.push(
      `actors ${sides.map((s) => s.code).join('+')} inferred: a ceasefire with no party is between the sides the article's acts of force set against each other`,
    );
  }
  return cands;
}
