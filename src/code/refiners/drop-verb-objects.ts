import type { EventCandidate } from '../candidate.js';

const WINDOW = 5;

/**
 * An event noun that is the object of a trigger verb ("approved a treaty", "launched strikes")
 * is part of that verb's event, not a second one.
 */
export function dropVerbObjects(cands: EventCandidate[]): EventCandidate[] {
  const verbs = cands.filter((v) => v.entry.pos === 'verb');
  return cands.filter((c) => {
    if (c.entry.pos !== 'noun' || c.entry.presence) return true;
    const verb = verbs.find(
      (v) => v.view === c.view && v.last < c.first && c.first - v.last <= WINDOW,
    );
    if (!verb) return true;
    verb.notes.push(`"${c.trigger.text}" is its object, not coded apart`);
    return false;
  });
}
