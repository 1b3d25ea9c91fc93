import type { EventCandidate } from '../candidate.js';
import { tokenIndexAt } from '../sentence-view.js';

// The preposition that puts the act in, on or out of the place.
const LOCATIVE = new Set(['in', 'into', 'at', 'on', 'inside', 'across', 'over', 'from']);
// Words that end the verb's own phrase: another clause or a time frame begins.
const CLAUSE_END = new Set([
  ',',
  ';',
  ':',
  '(',
  'that',
  'which',
  'who',
  'where',
  'when',
  'while',
  'after',
  'before',
  'as',
  'because',
  'since',
  'during',
  'and',
  'but',
  'said',
  'says',
]);
// How far after the trigger the place may stand in the verb's phrase ("suspended aid deliveries in X").
const REACH = 8;

/** How near and after which prepositions a place counts as the act's own (defaults above). */
export interface OwnPhrase {
  /** At most this many tokens from the trigger to the place. */
  reach?: number;
  /** One of these must stand within the last four words before the place. */
  locatives?: ReadonlySet<string>;
  /** Words that end the act's phrase besides a clause's start (a reason: "over", "for"). */
  ends?: ReadonlySet<string>;
}

/**
 * Whether the trigger's own phrase puts the act in the place that starts at `placeStart`: the
 * place stands within a few words after the trigger, no clause or time frame begins between
 * them, and a locative ("in / into / at / on ...") comes within the last words before it ("fired
 * shells at targets in X", "suspended aid deliveries in X"). A place named elsewhere in the
 * sentence belongs to another of its acts or to who speaks.
 */
export function placeInOwnPhrase(
  c: EventCandidate,
  placeStart: number,
  { reach = REACH, locatives = LOCATIVE, ends }: OwnPhrase = {},
): boolean {
  const at = tokenIndexAt(c.view, placeStart);
  if (at <= c.last || at - c.last > reach) return false;
  const between = c.view.tokens.slice(c.last + 1, at).map((t) => t.lower);
  if (between.some((w) => CLAUSE_END.has(w) || ends?.has(w))) return false;
  return between.slice(-4).some((w) => locatives.has(w));
}
