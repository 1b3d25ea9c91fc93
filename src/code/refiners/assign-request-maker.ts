import type { EventCandidate } from '../candidate.js';
import { tokenIndexAt } from '../sentence-view.js';

// The words that name who asks, right after a request noun: "requests from Xia", "an appeal by Yia".
const MAKER_PREPS = new Set(['from', 'by']);

/**
 * "following requests from Xia and Yia", "an appeal by Zia": the party after "from" or "by"
 * right behind a request noun makes the request; role search read it as the party asked (the
 * first party after the noun). With no actor of its own, the request takes those parties as its
 * actors and is left with no one asked.
 */
export function assignRequestMaker(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'REQUEST' || c.entry.pos !== 'noun' || c.dropped || c.rolesFixed) continue;
    if (c.actors.length > 0 || c.recipients.length === 0) continue;
    const prep = c.view.tokens[c.last + 1]?.lower ?? '';
    if (!MAKER_PREPS.has(prep)) continue;
    const first = c.recipients[0]?.span;
    if (!first) continue;
    // the first party stands right after the preposition, over an article
    const at = tokenIndexAt(c.view, first.start);
    const gap = at - (c.last + 2);
    if (gap < 0 || gap > 1 || (gap === 1 && c.view.tokens[c.last + 2]?.lower !== 'the')) continue;
    c.actors = c.recipients;
    c.recipients = [];
    c.notes.push(
      `actors: ${c.actors.map((a) => a.code).join('+')} — the party after "${prep}" makes the request`,
    );
  }
  return cands;
}
