import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { commaInFigure, type SentenceView } from '../sentence-view.js';
import { otherPartyAt } from '../roles/other-party.js';

// Words for the line between two states.
const BORDER_NOUNS = new Set(['border', 'borders', 'frontier', 'boundary']);
// What leads troops to the line: "to", "toward(s)", "near", "along", "on", "at", "closer to".
const TO_THE_LINE = new Set(['to', 'toward', 'towards', 'near', 'along', 'on', 'at']);
// What may stand between that word and the party or the line ("to the", "to its").
const OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'a']);
// What ends the deployment's own phrase before its destination.
const PHRASE_END = new Set([',', ';', ':', 'which', 'that', 'who', 'while', 'but', 'after']);
// How far after the trigger the destination may stand.
const DESTINATION_WINDOW = 10;

/**
 * The party the destination of a troop move faces: "towards Xia", "to the Xian border" (the
 * party named right before the border noun) or "to the border with Xia" (right after "with"),
 * where the destination stands after the trigger in its own phrase. Null if there is none.
 */
function facedParty(view: SentenceView, from: number, own: ReadonlySet<string>): ActorRef | null {
  const tokens = view.tokens;
  const partyAt = (k: number): ActorRef | null => otherPartyAt(view, k, own);
  for (let k = from; k < tokens.length && k <= from + DESTINATION_WINDOW; k++) {
    const w = tokens[k]?.lower ?? '';
    if (PHRASE_END.has(w) && !commaInFigure(tokens, k)) return null;
    if (!TO_THE_LINE.has(w)) continue;
    let j = k + 1;
    while (OPENERS.has(tokens[j]?.lower ?? '')) j++;
    // "towards Xia": troops heading for a party, not sent to it
    const before = partyAt(j);
    if (before && (w === 'toward' || w === 'towards')) return before;
    // "to the Xian border": the party's mention ends right before the border noun
    if (before) {
      let end = j;
      while (end + 1 < tokens.length && (view.mentionAt.get(end + 1) ?? []).length > 0) end++;
      if (BORDER_NOUNS.has(tokens[end + 1]?.lower ?? '')) return before;
    }
    // "to the border with Xia"
    if (BORDER_NOUNS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'with')
      return partyAt(j + 2);
  }
  return null;
}

/**
 * Troops a party moves towards another, or to its border with another ("Xia moved 3,000 soldiers
 * towards Yia", "to the Yian border", "to the border with Yia"), do not go to that party: the
 * party faced is no receiver of them. It is dropped from the recipients, so that a move no party
 * receives is left to the troop rules after merging, which make it MOBILIZE/troops (a neighbour
 * is no recipient of a mobilization either: see test/code/troop-neighbours.test.ts). A receiver
 * named otherwise ("sent troops to Zia's region on the border with Yia") is kept.
 */
export function dropFacedParties(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.mode !== 'troops' || (c.type !== 'AID' && c.type !== 'MOBILIZE')) continue;
    if (c.actors.length === 0 || c.recipients.length === 0) continue;
    const own = new Set(c.actors.map((a) => a.code));
    const faced = facedParty(c.view, c.last + 1, own);
    if (!faced || !c.recipients.some((r) => r.code === faced.code)) continue;
    c.recipients = c.recipients.filter((r) => r.code !== faced.code);
    c.notes.push(
      `${faced.code} ("${faced.text ?? faced.code}") is the party the troops move towards or to the border of, not their receiver`,
    );
  }
  return cands;
}
