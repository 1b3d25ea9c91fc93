import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';

const aims = wordsTagged('restraint-aim');
// How far after the appeal's verb its aim may stand ("urged both sides to exercise restraint").
const AIM_WINDOW = 6;
// "have urged", "has repeatedly called for": a standing appeal, told over a span, not on a day.
const PERFECT = new Set(['has', 'have']);

// The two sides at war in the article: the pair of states its asserted acts of force set against
// each other (actor and target, or the actors of a mutual act) and its ceasefires join; the pair
// that leads, where no other pair comes near it.
function sidesAtWar(cands: EventCandidate[]): ActorRef[] | null {
  const pairs = new Map<string, { n: number; sides: ActorRef[] }>();
  const count = (a: ActorRef, b: ActorRef): void => {
    if (a.code === b.code || a.code.length !== 3 || b.code.length !== 3) return;
    const [x, y] = a.code < b.code ? [a, b] : [b, a];
    const key = `${x.code}+${y.code}`;
    const hit = pairs.get(key);
    pairs.set(key, { n: (hit?.n ?? 0) + 1, sides: hit?.sides ?? [x, y] });
  };
  for (const c of cands) {
    if (c.dropped || c.modality !== 'asserted') continue;
    const mutual = c.recipients.length === 0;
    if (c.type === 'ASSAULT') for (const a of c.actors) for (const r of c.recipients) count(a, r);
    if ((c.type === 'ASSAULT' || c.mode === 'ceasefire') && mutual)
      c.actors.forEach((a, i) => c.actors.slice(i + 1).forEach((b) => count(a, b)));
  }
  const [first, second] = [...pairs.values()].sort((a, b) => b.n - a.n);
  if (!first || (second && second.n * 1.5 > first.n)) return null;
  return first.sides;
}

/**
 * "Xia and Zia have urged restraint": an outsider's appeal for restraint or calm that names no
 * one asked is aimed at the two sides at war in the article (none when no pair of sides clearly
 * leads, nor when the appealing party is itself one of them: "Yian authorities called for calm"
 * speaks to its own people). An appeal in the present perfect is a standing one: it keeps no date
 * of the report.
 */
export function aimRestraintAppeals(cands: EventCandidate[]): EventCandidate[] {
  const open = cands.filter(
    (c) =>
      !c.dropped &&
      c.type === 'REQUEST' &&
      c.entry.pos === 'verb' &&
      c.recipients.length === 0 &&
      c.actors.length > 0 &&
      c.view.tokens.slice(c.last + 1, c.last + 1 + AIM_WINDOW).some((t) => aims().has(t.lower)),
  );
  if (open.length === 0) return cands;
  const sides = sidesAtWar(cands);
  if (!sides) return cands;
  for (const c of open) {
    if (c.actors.some((a) => sides.some((s) => s.code === a.code))) continue;
    c.recipients = [...sides];
    c.notes.push(
      `recipients ${sides.map((s) => s.code).join('+')} inferred: an appeal for restraint that names no one asked is aimed at the sides at war`,
    );
    const before = c.view.tokens[c.first - 1]?.lower ?? '';
    const twoBefore = c.view.tokens[c.first - 2]?.lower ?? '';
    if (c.when && (PERFECT.has(before) || (PERFECT.has(twoBefore) && /ly$/.test(before)))) {
      c.when = null;
      c.whenSource = null;
      c.notes.push('undated: a standing appeal in the present perfect');
    }
  }
  return cands;
}
