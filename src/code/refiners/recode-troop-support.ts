import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

// "Xian troops", "forces from X": the nouns that name a party's troops.
const troopNouns = wordsTagged('troops-of-party');

/**
 * "Xian troops are supporting the rebels": support given by troops is military aid in the field
 * (AID/troops), not a statement of support; the support verb with any other subject ("Xia
 * supported the resolution") stays SUPPORT.
 */
export function recodeTroopSupport(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'SUPPORT' || c.entry.pos !== 'verb' || c.entry.presence === true) continue;
    if (c.actors.length === 0 || c.recipients.length === 0) continue;
    const troops = c.actors.every((a) =>
      troopNouns().has(a.text.split(/\s+/).pop()?.toLowerCase() ?? ''),
    );
    if (!troops) continue;
    c.type = 'AID';
    c.mode = 'troops';
    c.notes.push('recoded AID/troops: support given by troops is military aid');
  }
  return cands;
}
