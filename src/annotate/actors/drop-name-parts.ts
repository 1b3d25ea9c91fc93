import { isCapitalised, isTitleCase, startsWithLetter, type Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';

// Capitalised words that sit next to a state's name without forming another name with it.
const FREE_CAPITALS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december i'
  ).split(' '),
);

function isLooseCapital(t: Token | undefined, taken: Set<number>, i: number): boolean {
  return (
    !!t &&
    !taken.has(i) &&
    startsWithLetter(t.text) &&
    isCapitalised(t.text) &&
    !FREE_CAPITALS.has(t.key)
  );
}

function isOneWordState(c: ActorCandidate): boolean {
  return c.to - c.from === 1 && c.entry.startsWith('countries:');
}

/**
 * Drops a one-word state, capital or demonym that is part of a longer unknown name: "George
 * Washington", "Washington Post", "Michael Jordan". The sentence's first word does not count.
 */
export function dropNameParts(cands: ActorCandidate[], tokens: Token[]): ActorCandidate[] {
  // Only one-word states are tested: most sentences have none, and need no more work.
  if (!cands.some(isOneWordState)) return cands;
  // A headline in title case capitalises every word; the test below would drop everything.
  if (isTitleCase(tokens)) return cands;
  const taken = new Set<number>();
  for (const c of cands) for (let i = c.from; i < c.to; i++) taken.add(i);
  return cands.filter((c) => {
    if (!isOneWordState(c)) return true;
    const before = c.from - 1;
    const after = c.to;
    if (before > 0 && isLooseCapital(tokens[before], taken, before)) return false;
    return !isLooseCapital(tokens[after], taken, after);
  });
}
