import type { ActorMention } from '../../model/index.js';
import { nounEndsPhrase } from '../actors/noun-ends-phrase.js';
import { isCapitalised, isTitleCase, startsWithLetter, type Token } from '../mention-utils.js';
import type { ArticleStates } from './choose-place-option.js';
import type { PlaceCandidate } from './place-option.js';

/** Population from which a city is a place wherever it is named. */
export const BIG_CITY = 500_000;
/** Population from which a town in a state the article names is a place without a preposition. */
export const NAMED_STATE_TOWN = 5_000;

// Capitalised words that are no place however the gazetteer spells a town.
const NOT_PLACES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december i a the president minister north south ' +
    'east west central center centre western eastern northern southern'
  ).split(' '),
);
// Actor rules whose words may also be a place ("in Moscow", "to Russia").
const STATE_RULES = new Set(['actor/country-name', 'actor/capital']);

function looseCapital(t: Token | undefined): boolean {
  return !!t && startsWithLetter(t.text) && isCapitalised(t.text) && !NOT_PLACES.has(t.key);
}

// Only names Sitrep is sure of (features, states) may stand next to another capitalised word:
// whether one starts (or ends) at token `i`. A scan of the sentence's few candidates.
function sureAt(cands: PlaceCandidate[], side: 'from' | 'to', i: number): boolean {
  for (const c of cands)
    if (c[side] === i && c.chosen && c.chosen.source !== 'gazetteer') return true;
  return false;
}

/**
 * Keeps the names used as places. A state or capital that is an actor is a place only after "in",
 * "to", "near"...; a town the gazetteer knows is a place when it is a big city, lies in a state
 * the article names, or follows such a preposition. Names inside a person's or an institution's
 * name are dropped.
 */
export function keepPlacesInContext(
  cands: PlaceCandidate[],
  tokens: Token[],
  actors: ActorMention[],
  states: ArticleStates,
): PlaceCandidate[] {
  if (cands.length === 0) return cands;
  const titleCase = isTitleCase(tokens);
  return cands.filter((c) => {
    const o = c.chosen;
    const first = tokens[c.from];
    const last = tokens[c.to - 1];
    if (!o || !first || !last) return false;
    // Counted, not collected: this runs for every candidate.
    let overlapping = 0;
    for (const a of actors) {
      if (a.span.start >= last.end || first.start >= a.span.end) continue;
      if (!STATE_RULES.has(a.ruleId)) return false;
      overlapping++;
    }
    // A state is a place after "in", "to", "near" ("from" gives a speaker's origin), and not
    // as a modifier ("the U.S. presidential election").
    const asPlace =
      c.placeContext !== null &&
      c.placeContext !== 'from' &&
      tokens[c.to]?.key !== "'" &&
      nounEndsPhrase(tokens, c.to);
    if (overlapping > 0) return asPlace;
    if (o.source === 'feature' || c.regionWord) return true;
    if (o.source === 'country') return asPlace;
    if (c.to - c.from === 1 && NOT_PLACES.has(first.key)) return false;
    const inNamedState =
      !!o.country &&
      (states.total.get(o.country) ?? 0) > 0 &&
      (o.population >= NAMED_STATE_TOWN || (o.precision === 'region' && !o.short));
    // Part of a longer unknown name: "Jake Sullivan", "Shangri-La Dialogue".
    if (!titleCase) {
      const before = tokens[c.from - 1];
      if (c.from > 0 && looseCapital(before) && !sureAt(cands, 'to', c.from)) return false;
      if (looseCapital(tokens[c.to]) && !sureAt(cands, 'from', c.to)) return false;
    }
    if (titleCase || c.from === 0) return inNamedState || o.population >= BIG_CITY;
    return o.population >= BIG_CITY || inNamedState || c.placeContext !== null;
  });
}
