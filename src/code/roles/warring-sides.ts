import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';

/** What counts toward the sides at war, beyond the article's asserted attacks. */
export interface WarringSidesOptions {
  /** Also the parties of a ceasefire told with no target ("Xia and Yia agreed a truce"). */
  ceasefires?: boolean;
  /** The fewest acts the leading pair must have. */
  least?: number;
}

/**
 * The two sides at war in the article: the pair of states its asserted attacks set against each
 * other most often (actor and target, or two actors of a mutual act); null when no pair clearly
 * leads (the next pair within two thirds of it) or the leader has fewer than `least` acts.
 */
export function warringSides(
  cands: EventCandidate[],
  { ceasefires = false, least = 1 }: WarringSidesOptions = {},
): [ActorRef, ActorRef] | null {
  const pairs = new Map<string, { n: number; sides: [ActorRef, ActorRef] }>();
  const count = (a: ActorRef, b: ActorRef): void => {
    if (a.code === b.code || a.code.length !== 3 || b.code.length !== 3) return;
    const [x, y] = a.code < b.code ? [a, b] : [b, a];
    const key = `${x.code}+${y.code}`;
    const hit = pairs.get(key);
    pairs.set(key, { n: (hit?.n ?? 0) + 1, sides: hit?.sides ?? [x, y] });
  };
  for (const c of cands) {
    if (c.dropped || c.modality !== 'asserted') continue;
    const attack = c.type === 'ASSAULT';
    if (!attack && !(ceasefires && c.mode === 'ceasefire')) continue;
    if (attack) for (const a of c.actors) for (const r of c.recipients) count(a, r);
    if (c.recipients.length === 0)
      c.actors.forEach((a, i) => c.actors.slice(i + 1).forEach((b) => count(a, b)));
  }
  const [first, second] = [...pairs.values()].sort((a, b) => b.n - a.n);
  if (!first || first.n < least || (second && second.n * 1.5 > first.n)) return null;
  return first.sides;
}
