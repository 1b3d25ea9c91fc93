import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { warringSides } from '../roles/warring-sides.js';

const aims = wordsTagged('restraint-aim');
// How far after the appeal's verb its aim may stand ("urged both sides to exercise restraint").
const AIM_WINDOW = 6;
// "have urged", "has repeatedly called for": a standing appeal, told over a span, not on a day.
const PERFECT = new Set(['has', 'have']);

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
