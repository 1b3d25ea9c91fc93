import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const stateForces = wordsTagged('unnamed-force');
const armedGroups = wordsTagged('armed-group');
const countHeads = wordsTagged('count-head');

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);

// Why the doer a party-less act's clause names is none a reader could code, or null.
function uncodableDoer(doer: string): string | null {
  const words = (doer.toLowerCase().match(/[\p{L}-]+/gu) ?? []).filter((w) => !DETERMINERS.has(w));
  const [head, next] = words;
  // "the number of X killed has risen": the subject is a count; the act is its figure's
  if (head && next === 'of' && countHeads().has(head)) return `"${doer}" is a count, not a doer`;
  // "Troops shelled the border": a state's forces with no state named (and none found for
  // them) could be either side's; fighters, militants and their like act as a group of their own
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && stateForces().has(last) && !armedGroups().has(last))
    return `"${doer}" are forces of no named state`;
  return null;
}

/**
 * An act kept with no codable party because its clause names a doer ("gunmen opened fire") is
 * dropped where that doer codes as no one: a count ("the number of X killed has risen") or bare
 * state forces with no state named, no nationality and none found for them ("Troops shelled
 * targets along the border"), which could be either side's. Runs after merging and after the
 * attacked state was given, so only acts still with no party at all are read.
 */
export function dropUncodableDoers(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.actors.length + c.recipients.length > 0) return true;
    const doer = c.clause?.doer;
    if (!doer) return true;
    const why = uncodableDoer(doer);
    if (!why) return true;
    c.dropped = 'a doer no party codes';
    c.notes.push(`dropped: "${c.trigger.text}" has no codable party: ${why}`);
    return false;
  });
}
