import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { commaInFigure, type Token } from '../sentence-view.js';
import { otherPartyAt } from '../roles/other-party.js';

// The words that aim a launch at someone: "fired a missile at X", "launched rockets against X",
// "launched missiles on X". Not "toward(s)" or "into": missiles fired "toward the sea" or "into
// the sea" are a show of force (a test), aimed at no one.
const AIMED = new Set(['at', 'against', 'on']);
// What ends the launch's own phrase before its aim ("…, which X said it intercepted").
const PHRASE_END = new Set([',', ';', ':', 'and', 'which', 'that', 'who', 'while']);
// How far after the trigger the aim may stand, and how far after "at" its party or place.
const AIM_WINDOW = 8;
const TARGET_WINDOW = 3;
// How far after "at" a craft or a site may head its phrase ("at a Xian-owned cargo ship").
const THING_WINDOW = 6;
// Crafts and sites a launch can be aimed at: word tags craft-head and site-head.
const crafts = wordsTagged('craft-head');
const sites = wordsTagged('site-head');

// Whether a craft or site heads the phrase after token `k` ("at" a ship, "on" an airbase).
function thingAfter(tokens: readonly Token[], k: number): string | null {
  for (let j = k + 1; j <= k + THING_WINDOW && j < tokens.length; j++) {
    const w = tokens[j]?.lower ?? '';
    if (PHRASE_END.has(w) || w === '.') return null;
    if (crafts().has(w) || sites().has(w)) return w;
  }
  return null;
}

/**
 * A missile or rocket launch (MOBILIZE/weapons: a test, a show of force) that its own phrase aims
 * "at", "against" or "on" a party or a place of another state ("the group fired a missile at Xia
 * City") is an attack on it: ASSAULT/missile, with that party or state as its target; so is one
 * aimed at a craft or a site ("fired missiles at a cargo ship", word tags craft-head and
 * site-head), whoever owns it. A launch into the sea, toward it, or at nothing named stays a show
 * of force.
 */
export function recodeAimedLaunches(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'MOBILIZE' || c.mode !== 'weapons' || c.modality === 'negated') continue;
    const own = new Set(c.actors.map((a) => a.code));
    const tokens = c.view.tokens;
    let target: ActorRef | null = null;
    let thing: string | null = null;
    for (let k = c.last + 1; k < tokens.length && k <= c.last + AIM_WINDOW && !target; k++) {
      const w = tokens[k]?.lower ?? '';
      if (PHRASE_END.has(w) && !commaInFigure(tokens, k)) break;
      if (!AIMED.has(w)) continue;
      // "on Thursday": a time, no aim
      if (c.view.mentionAt.get(k + 1)?.some((m) => m.kind === 'time')) continue;
      for (let j = k + 1; j <= k + TARGET_WINDOW && !target; j++) {
        // "… on Thursday, Xia's ministry said": the aim's phrase ends at its comma
        if (PHRASE_END.has(tokens[j]?.lower ?? '')) break;
        target = otherPartyAt(c.view, j, own);
      }
      thing ??= thingAfter(tokens, k);
    }
    if (!target && !thing) continue;
    c.type = 'ASSAULT';
    c.mode = 'missile';
    if (target && c.recipients.length === 0) c.recipients = [target];
    if (!target && thing) c.aimedAt = thing;
    c.notes.push(
      target
        ? `recoded ASSAULT/missile: the launch is aimed at "${target.text ?? target.code}" (${target.code})`
        : `recoded ASSAULT/missile: the launch is aimed at a ${thing ?? ''}`,
    );
  }
  return cands;
}
