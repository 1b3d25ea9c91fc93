import type { EventCandidate } from '../candidate.js';
import { warringSides } from '../roles/warring-sides.js';

// Acts agreed between the sides at war: told with no party ("the ceasefire, brokered on Monday"),
// they are between the two sides the article's acts of force set against each other.
const BETWEEN_SIDES_MODES = new Set(['ceasefire']);

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
  // only when the acts of force clearly set two states against each other, twice or more
  const sides = warringSides(cands, { least: 2 });
  if (!sides) return cands;
  for (const c of open) {
    c.actors = [...sides];
    c.notes.push(
      `actors ${sides.map((s) => s.code).join('+')} inferred: a ceasefire with no party is between the sides the article's acts of force set against each other`,
    );
  }
  return cands;
}
