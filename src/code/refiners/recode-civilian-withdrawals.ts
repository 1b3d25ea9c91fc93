import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const envoys = wordsTagged('withdrawn-envoy');
const missions = wordsTagged('withdrawn-mission');
const forces = wordsTagged('troops-of-party');

// the words of taking back ("withdrew", "the withdrawal of", "pulled out"); evacuating one's
// own people from danger is a retreat whoever they are
const WITHDRAW = /^(?:withdr|pull)/;

// what ends the withdrawn thing: where from, when, why ("withdrew its observers from X")
const BOUNDARY = /^(?:from|to|in|on|at|after|before|over|amid|and|because|by|for|as|until|,|\.|;)$/;

/**
 * What a withdrawal takes away, from the words after its trigger ("withdrew its weapons
 * inspectors", "the withdrawal of its ambassador"): 'relations' for envoys, 'discontinue' for a
 * non-military mission, null for troops or anything else. "and" joins the things withdrawn.
 */
function withdrawnMode(c: EventCandidate): 'relations' | 'discontinue' | null {
  const tokens = c.view.tokens;
  let k = c.last + 1;
  if (c.entry.pos === 'noun' && tokens[k]?.lower === 'of') k++;
  let mode: 'relations' | 'discontinue' | null = null;
  for (let n = 0; n < 8 && k < tokens.length; n++, k++) {
    const word = tokens[k]?.lower ?? '';
    if (forces().has(word)) return null;
    if (envoys().has(word)) mode = 'relations';
    else if (missions().has(word)) mode ??= 'discontinue';
    else if (word !== 'and' && BOUNDARY.test(word)) break;
  }
  return mode;
}

/**
 * PLOVER's SANCTION 'withdraw': a state that withdraws its envoys or a non-military mission
 * (inspectors, observers, aid workers) imposes a cost; only forces leaving is a RETREAT.
 * "Xia withdrew its ambassador" is SANCTION/relations, "withdrew its inspectors from Yia"
 * SANCTION/discontinue; "withdrew its troops" stays a RETREAT.
 */
export function recodeCivilianWithdrawals(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'RETREAT' || !WITHDRAW.test(c.trigger.text.toLowerCase())) continue;
    const mode = withdrawnMode(c);
    if (!mode) continue;
    c.notes.push(`withdraws envoys or a non-military mission: coded as SANCTION/${mode}`);
    c.type = 'SANCTION';
    c.mode = mode;
  }
  return cands;
}
