import { findActorsBefore, type FoundActor } from '../roles/role-search.js';
import type { SentenceView } from '../sentence-view.js';

// A name or title word of an appositive ("General", "Ivo", "Marek", "Lt.", "Gen.").
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
// Adverbs and auxiliaries between the appositive's closing comma and its cue ("…, Ivo Marek, also said").
const BEFORE_CUE = /^(?:also|later|again|then|further|previously|earlier|has|have|had|[a-z]+ly)$/;
// The longest person's name (with its title) an appositive may be.
const MAX_NAME_TOKENS = 6;
// The speaker's title after its party is short ("Freedonia's army chief", "the Sylvanian defence minister").
const MAX_TITLE_TOKENS = 6;

/**
 * The party of a speaker named in an appositive right before its cue: in "Freedonia's army chief,
 * General Ivo Marek, confirmed …" the person's name, set off by commas, is no party, and the
 * phrase before it ("Freedonia's army chief") says whom the person speaks for. Only a name of
 * capitalised words counts as the appositive ("…, a local farmer, said" names no title), and the
 * party must stand in a short title phrase that ends right before the opening comma
 * ("Freedonia's army chief"): a clause that ends in a place ("troops shelled a town in Sylvania,
 * Mayor Ivo Marek, said") gives none.
 */
export function partyBeforeAppositive(
  view: SentenceView,
  cueFirst: number,
  blocked: Set<number>,
): FoundActor[] {
  let k = cueFirst - 1;
  while (k >= 0 && BEFORE_CUE.test(view.tokens[k]?.lower ?? '')) k--;
  if (view.tokens[k]?.text !== ',') return [];
  let open = k - 1;
  while (
    open >= 0 &&
    k - 1 - open < MAX_NAME_TOKENS &&
    NAME_WORD.test(view.tokens[open]?.text ?? '')
  )
    open--;
  const nameTokens = k - 1 - open;
  if (nameTokens === 0 || view.tokens[open]?.text !== ',') return [];
  // a party named inside the appositive is the speaker's own name: the usual search finds it
  for (let i = open + 1; i < k; i++)
    if (view.mentionAt.get(i)?.some((m) => m.kind === 'actor')) return [];
  // "… a town in Freedonia, Mayor Ivo Marek, said": a place before the comma ends a clause
  if (view.mentionAt.get(open - 1)?.some((m) => m.kind === 'place')) return [];
  return findActorsBefore(view, open, blocked, MAX_TITLE_TOKENS + 1, true);
}
