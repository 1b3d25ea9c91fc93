import { isCapitalised, isTitleCase, startsWithLetter, type Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';

// Capitalised words that sit next to a state's name without forming another name with it.
const FREE_CAPITALS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december i'
  ).split(' '),
);
// An article capitalised after a dateline dash or an opening quote ("Fredville — The Freedonia
// ...") opens a phrase; it forms no name with the state after it.
const ARTICLES = new Set(['the', 'a', 'an']);
/** A capitalised word that forms no name with the word before it (a weekday, a month, "I"). */
export function isFreeCapital(key: string): boolean {
  return FREE_CAPITALS.has(key);
}

// A compass word before a state's name says which part of it is meant ("South Xland", "Western
// Xland"); it forms no other name with it. Where it does ("North Korea"), that name is its own
// entry and was matched whole, so the one-word state never reaches this test.
const COMPASS = new Set(
  (
    'north south east west northern southern eastern western central northeast northwest ' +
    'southeast southwest northeastern northwestern southeastern southwestern'
  ).split(' '),
);

function isLooseCapital(t: Token | undefined, cands: ActorCandidate[], i: number): boolean {
  return (
    !!t &&
    startsWithLetter(t.text) &&
    isCapitalised(t.text) &&
    !FREE_CAPITALS.has(t.key) &&
    !inCandidate(cands, i)
  );
}

// Whether token `i` belongs to a candidate: a scan of the sentence's few, not a Set per sentence.
function inCandidate(cands: ActorCandidate[], i: number): boolean {
  for (const c of cands) if (c.from <= i && i < c.to) return true;
  return false;
}

function isOneWordState(c: ActorCandidate): boolean {
  return c.to - c.from === 1 && c.entry.startsWith('countries:');
}

/**
 * Drops a one-word state, capital or demonym that is part of a longer unknown name: "George
 * Washington", "Washington Post", "Michael Jordan". The sentence's first word does not count.
 */
export function dropNameParts(cands: ActorCandidate[], tokens: Token[]): ActorCandidate[] {
  // Only one-word states next to a loose capital are dropped: most sentences have none, and
  // need no more work (not even the title-case test).
  if (!cands.some((c) => isNamePart(c, cands, tokens))) return cands;
  // A headline in title case capitalises every word; the test below would drop everything.
  if (isTitleCase(tokens)) return cands;
  return cands.filter((c) => !isNamePart(c, cands, tokens));
}

function isNamePart(c: ActorCandidate, cands: ActorCandidate[], tokens: Token[]): boolean {
  if (!isOneWordState(c)) return false;
  const before = c.from - 1;
  const after = c.to;
  const opener = tokens[before];
  const partOfState = c.ruleId === 'actor/country-name' && COMPASS.has(opener?.key ?? '');
  if (
    before > 0 &&
    !ARTICLES.has(opener?.key ?? '') &&
    !partOfState &&
    isLooseCapital(opener, cands, before)
  )
    return true;
  return isLooseCapital(tokens[after], cands, after);
}
