import type { ActorMention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { mentionRef } from '../roles/role-search.js';
import { tokenIndexAt } from '../sentence-view.js';

// How far after the demand its "that" or "for" may stand ("its demand today that Yia ...").
const LINK_REACH = 3;
// Words that may stand before the party asked ("that the Yian government", "for all Yian troops").
const BEFORE_PARTY = new Set(['the', 'all', 'its', 'their']);
// Words that end the search: another clause or sentence part starts.
const BREAK = new Set([',', ';', ':', '.', 'and', 'but', 'which', 'who', 'while']);

/** The actor mention that starts at token `i`, over an article or determiner before it. */
function partyAt(c: EventCandidate, i: number): { mention: ActorMention; end: number } | null {
  let k = i;
  while (BEFORE_PARTY.has(c.view.tokens[k]?.lower ?? '')) k++;
  const m = (c.view.mentionAt.get(k) ?? []).find(
    (x): x is ActorMention => x.kind === 'actor' && tokenIndexAt(c.view, x.span.start) === k,
  );
  if (!m) return null;
  return { mention: m, end: tokenIndexAt(c.view, m.span.end - 1) };
}

/**
 * "Xia reiterated its demand that Yia lift the blockade", "renewed its appeal for Yia to
 * withdraw": a request names the party asked as the subject of what it asks for, right after
 * "that", or after "for" with "to" behind it. A request no role rule gave a party asked takes it
 * (never its own actor's state).
 */
export function assignDemandAddressee(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'REQUEST' || c.dropped || c.rolesFixed || c.recipients.length > 0) continue;
    const tokens = c.view.tokens;
    for (let i = c.last + 1; i <= c.last + LINK_REACH && i < tokens.length; i++) {
      const word = tokens[i]?.lower ?? '';
      if (BREAK.has(word)) break;
      if (word !== 'that' && word !== 'for') continue;
      const party = partyAt(c, i + 1);
      if (!party) break;
      // "for Yia to withdraw": the party asked stands before the infinitive it is asked to carry out
      if (word === 'for' && tokens[party.end + 1]?.lower !== 'to') break;
      const ref = mentionRef(party.mention);
      if (c.actors.some((a) => a.code === ref.code)) break;
      c.recipients = [ref];
      c.notes.push(`recipients: ${ref.code} — the party asked, after "${word}"`);
      break;
    }
  }
  return cands;
}
