import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const forces = wordsTagged('troops-of-party');
const ground = wordsTagged('held-ground');

// how far after a party's name its head noun may stand ("Xian special forces")
const HEAD_REACH = 2;
// how far after "from" the ground may be named ("from the last two villages")
const FROM_REACH = 5;

/** Whether a party the expulsion acts on is named as armed forces ("Xian troops", "its forces"). */
function expelsForces(c: EventCandidate): boolean {
  const tokens = c.view.tokens;
  return c.recipients.some((r) => {
    if (!r.span) return false;
    const first = tokens.findIndex((t) => t.end > r.span!.start);
    if (first < 0) return false;
    let k = first;
    while (k < tokens.length && (tokens[k]?.start ?? 0) < r.span.end) k++;
    return tokens
      .slice(first, k + HEAD_REACH)
      .some((t) => t !== undefined && forces().has(t.lower));
  });
}

/**
 * Whether the words after the trigger say the forces were driven from ground they held: "from"
 * and, within a few words, a village, region or positions, or a named place smaller than a
 * state. "Expelled Xian troops from Yia" (a whole state) is the host sending them home.
 */
function fromHeldGround(c: EventCandidate): boolean {
  const tokens = c.view.tokens;
  const from = tokens.findIndex((t, i) => i > c.last && i <= c.last + 8 && t.lower === 'from');
  if (from < 0) return false;
  const window = tokens.slice(from + 1, from + 1 + FROM_REACH);
  if (window.some((t) => ground().has(t.lower))) return true;
  const end = window.at(-1)?.end ?? 0;
  const start = window[0]?.start ?? end;
  return c.view.mentions.some(
    (m) =>
      m.kind === 'place' &&
      m.span.start >= start &&
      m.span.start < end &&
      m.place.precision !== 'country',
  );
}

/**
 * Expelling armed forces from ground they held ("Xian forces were expelled from the village")
 * is a military act, like retaking it: ASSAULT as "liberate" and "retake" code it, not the
 * diplomatic SANCTION/expel of envoys, observers or a state's troops sent home from its soil.
 */
export function recodeForcesExpelled(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'SANCTION' || c.mode !== 'expel' || c.entry.pos !== 'verb') continue;
    if (!expelsForces(c) || !fromHeldGround(c)) continue;
    c.notes.push('forces expelled from ground they held: coded as ASSAULT/heavy-weapons');
    c.type = 'ASSAULT';
    c.mode = 'heavy-weapons';
  }
  return cands;
}
