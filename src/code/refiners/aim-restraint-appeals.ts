import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { warringSides } from '../roles/warring-sides.js';

const aims = wordsTagged('restraint-aim');
const sideNouns = wordsTagged('sides-at-war');
// What makes a noun of sides the sides at war: "both sides", "all parties", "the two countries".
const SIDES_BEFORE = new Set(['both', 'all', 'two', 'warring', 'opposing']);
// How far after the appeal's verb its addressee may stand ("called on both sides").
const ADDRESSEE_WINDOW = 4;
// How far after the appeal's verb its aim may stand ("urged both sides to exercise restraint").
const AIM_WINDOW = 6;
// "have urged", "has repeatedly called for": a standing appeal, told over a span, not on a day.
const PERFECT = new Set(['has', 'have']);

/** "called on both sides to …", "urged the two countries": an appeal to the sides at war, unnamed. */
function addressesTheSides(c: EventCandidate): boolean {
  const t = c.view.tokens;
  for (let k = c.last + 2; k <= c.last + ADDRESSEE_WINDOW && k < t.length; k++)
    if (sideNouns().has(t[k]?.lower ?? '') && SIDES_BEFORE.has(t[k - 1]?.lower ?? '')) return true;
  return false;
}

/**
 * "Xia and Zia have urged restraint": an outsider's appeal for restraint or calm that names no
 * one asked, or that asks "both sides" or "the two countries", is aimed at the two sides at war
 * in the article (none when no pair of sides clearly leads, nor when the appealing party is
 * itself one of them: "Yian authorities called for calm" speaks to its own people). An appeal in the present perfect is a standing one: it keeps no date
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
      (c.view.tokens.slice(c.last + 1, c.last + 1 + AIM_WINDOW).some((t) => aims().has(t.lower)) ||
        addressesTheSides(c)),
  );
  if (open.length === 0) return cands;
  // the pair its attacks and its ceasefires set against each other
  const sides = warringSides(cands, { ceasefires: true });
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
