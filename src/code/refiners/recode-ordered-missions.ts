import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const envoys = wordsTagged('withdrawn-envoy');
const missions = wordsTagged('withdrawn-mission');
const forces = wordsTagged('troops-of-party');

// How far after the order its object may run before its "to" ("ordered all embassy staff in
// Xton to return home").
const OBJECT_WINDOW = 8;
// The word after a verb of asking that makes its object what is sought.
const SOUGHT = new Set(['for']);

/**
 * "Xia ordered all embassy staff in Yton to return home", "ordered Yia's envoy to leave": an
 * order that sends diplomats or a civilian mission away is no request to another party; it
 * withdraws or expels that mission, PLOVER's SANCTION (relations for envoys, discontinue for a
 * mission), against the state they are in, which the order's words name. An order to troops
 * ("ordered its troops to withdraw") is left to the other rules, and so is a mission asked for
 * ("called for monitors"), which is requested, not sent away.
 */
export function recodeOrderedMissions(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'REQUEST' || c.entry.pos !== 'verb' || c.entry.speech !== true) continue;
    const tokens = c.view.tokens;
    // "called for monitors", "asked for observers": a mission sought is asked to come, not sent away
    if (SOUGHT.has(tokens[c.last + 1]?.lower ?? '')) continue;
    let mode: 'relations' | 'discontinue' | null = null;
    for (let k = c.last + 1; k <= c.last + OBJECT_WINDOW && k < tokens.length; k++) {
      const word = tokens[k]?.lower ?? '';
      if (word === 'to' || /^[,.;:]$/.test(word)) break;
      if (forces().has(word)) {
        mode = null;
        break;
      }
      if (envoys().has(word)) mode = 'relations';
      else if (missions().has(word)) mode ??= 'discontinue';
    }
    if (!mode || tokens[c.last + 1]?.lower === 'to') continue;
    c.notes.push(`an order sending diplomats or a mission away: coded as SANCTION/${mode}`);
    c.type = 'SANCTION';
    c.mode = mode;
  }
  return cands;
}
