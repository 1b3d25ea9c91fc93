import type { EventCandidate } from './candidate.js';

const LINK = new Set(['to', 'that', 'on', 'for', 'not', 'it', 'will', 'would', 'should', 'must']);

/**
 * A trigger inside the complement of a governing one ("threatened to ban", "agreed to
 * withdraw", "demanded that X release") is part of that speech act, not an event of its own.
 */
export function dropGoverned(cands: EventCandidate[]): EventCandidate[] {
  const governors = cands.filter((g) => g.entry.governs === true);
  if (governors.length === 0) return cands;
  return cands.filter((c) => {
    const gov = governors.find(
      (g) => g !== c && g.view === c.view && g.last < c.first && c.first - g.last <= 8,
    );
    if (!gov) return true;
    const between = c.view.tokens.slice(gov.last + 1, c.first).map((t) => t.lower);
    if (!between.some((w) => LINK.has(w))) return true;
    gov.notes.push(`"${c.trigger.text}" is its complement, not coded apart`);
    return false;
  });
}
