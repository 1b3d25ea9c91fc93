import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import type { SentenceView } from '../sentence-view.js';

// "rebels", "militia", "fighters": the nouns that name an armed group.
const armedGroupNouns = wordsTagged('armed-group');
// Sectors of armed groups that are no state's own forces.
const ARMED_SECTORS = new Set(['REB', 'IMG']);
// How far the backed phrase is read from the trigger: its object, or a passive's subject before
// it ("the rebel group, believed to be backed by Xia").
const WINDOW = 5;
const BACK_WINDOW = 8;
// Ends an object phrase: another clause, list or phrase begins ("backed the army against the rebels").
const STOP_AFTER = new Set(
  [',', ';', ':', '.', 'and', 'but', 'which', 'who', 'that', 'while'].concat([
    'in',
    'against',
    'over',
    'on',
    'from',
    'to',
    'with',
    'at',
    'for',
  ]),
);
// Ends a passive's subject read backwards: the clause before it.
const STOP_BEFORE = new Set([';', ':', '.', 'but', 'while']);

/** An armed-group noun among the tokens from `from` on, stepping by `step`, before a stop word. */
function armedNounFrom(view: SentenceView, from: number, step: 1 | -1): boolean {
  const stop = step === 1 ? STOP_AFTER : STOP_BEFORE;
  const window = step === 1 ? WINDOW : BACK_WINDOW;
  for (let k = 0; k < window; k++) {
    const w = view.tokens[from + k * step]?.lower;
    if (w === undefined) return false;
    if (armedGroupNouns().has(w)) return true;
    if (stop.has(w)) return false;
  }
  return false;
}

/** Whether the party the candidate backs is an armed group: by its sector, else by its noun. */
function backsArmedGroup(c: EventCandidate): boolean {
  if (c.recipients.some((r) => ARMED_SECTORS.has(r.sector ?? ''))) return true;
  return c.passive ? armedNounFrom(c.view, c.first - 1, -1) : armedNounFrom(c.view, c.last + 1, 1);
}

/**
 * "Xia-backed rebels", "Xia is supporting the militia", "the rebels, supported by Xia": a state's
 * support of an armed group is military aid (PLOVER AID, "military and police assistance"), not
 * the verbal support of SUPPORT, and no speech act. Support of a state, a plan or a resolution
 * stays SUPPORT.
 */
export function recodeArmedBacking(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'SUPPORT' || c.actors.length === 0) continue;
    if (c.actors.some((a) => ARMED_SECTORS.has(a.sector ?? ''))) continue;
    if (!backsArmedGroup(c)) continue;
    c.type = 'AID';
    c.mode = 'military';
    // a material act, no speech act: its doer's own word on it ("denied backing the rebels") is
    // a stance on it
    if (c.entry.speech === true) c.entry = { ...c.entry, speech: false };
    c.notes.push('recoded AID/military: backing an armed group is military aid');
  }
  return cands;
}
