import type { EventCandidate } from '../candidate.js';

// Conjunctions a bare participle can follow as a state of its subject ("although wounded").
// "both killed and wounded": the casualties' state, the count is told by the noun they follow.
const CONJUNCTIONS = new Set([
  'although',
  'though',
  'if',
  'once',
  'unless',
  'until',
  'whether',
  'both',
]);

/**
 * "Two soldiers, although wounded, survived": a participle right after a conjunction, with no
 * auxiliary, describes the state of its subject; the act that caused it is told elsewhere.
 */
export function dropStateParticiples(cands: EventCandidate[]): EventCandidate[] {
  const states = new Set<EventCandidate>();
  return cands.filter((c) => {
    if (c.entry.pos !== 'verb' || !/ed$/.test(c.view.tokens[c.first]?.lower ?? '')) return true;
    const prev = c.view.tokens[c.first - 1]?.lower ?? '';
    // "although wounded and captured": the participle coordinated with a state is one too
    const coordinated =
      (prev === 'and' || prev === 'or') &&
      [...states].some((s) => s.view === c.view && s.last === c.first - 2);
    if (!CONJUNCTIONS.has(prev) && !coordinated) return true;
    states.add(c);
    c.notes.push(`dropped: "${prev} ${c.trigger.text}" describes a state, not an act`);
    c.dropped = 'a state participle';
    return false;
  });
}
