import { DISCOURSE_ADVERBS } from '../../annotate/english/closed-class.js';
import { findActorsBefore, type FoundActor } from '../roles/role-search.js';
import type { SentenceView } from '../sentence-view.js';

// A name or title word of an appositive ("General", "Ivo", "Marek", "Lt.", "Gen."), or the stop after
// an initial ("Rufus T. Firefly").
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\.)$/u;
// Adverbs and auxiliaries between the appositive's closing comma and its cue ("…, Ivo Marek, also said").
const BEFORE_CUE = /^(?:also|later|again|then|further|previously|earlier|has|have|had|[a-z]+ly)$/;
// The longest person's name (with its title) an appositive may be.
const MAX_NAME_TOKENS = 6;
// The speaker's title after its party is short ("Freedonia's army chief", "the Sylvanian defence minister").
const MAX_TITLE_TOKENS = 6;

// The comma that closes what stands between a subject and its cue, past the adverbs and
// auxiliaries right before the cue ("…, also said"), or -1 where none does.
function commaBeforeCue(view: SentenceView, cueFirst: number): number {
  let k = cueFirst - 1;
  while (k >= 0 && BEFORE_CUE.test(view.tokens[k]?.lower ?? '')) k--;
  return view.tokens[k]?.text === ',' ? k : -1;
}

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
  const k = commaBeforeCue(view, cueFirst);
  if (k < 0) return [];
  let open = k - 1;
  while (
    open >= 0 &&
    k - 1 - open < MAX_NAME_TOKENS &&
    NAME_WORD.test(view.tokens[open]?.text ?? '')
  )
    open--;
  const nameTokens = k - 1 - open;
  if (nameTokens === 0 || view.tokens[open]?.text !== ',') return [];
  // a party named inside the appositive is the speaker's own name ("Xia's army spokesman,
  // General Ivo Marek, said", Marek a listed officer): that person speaks
  for (let i = open + 1; i < k; i++)
    if (view.mentionAt.get(i)?.some((m) => m.kind === 'actor'))
      return findActorsBefore(view, k, blocked, nameTokens + 1, true);
  // "… a town in Freedonia, Mayor Ivo Marek, said": a place before the comma ends a clause
  if (view.mentionAt.get(open - 1)?.some((m) => m.kind === 'place')) return [];
  return findActorsBefore(view, open, blocked, MAX_TITLE_TOKENS + 1, true);
}

// How long an aside between a subject and its cue may be ("…, in a statement on Monday, said").
const MAX_ASIDE_TOKENS = 12;
// Words that open an aside: a preposition of the statement's setting ("for its part"), a
// relative pronoun, a connective ("Xia, however, denied") or an article opening a title ("Ivo
// Marek, the army's spokesman, said").
const ASIDE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'through',
  'via',
  'for',
  'which',
  'who',
  'whose',
  ...DISCOURSE_ADVERBS,
]);
// What ends the clause a subject phrase opens: the sentence's start, a stop, a quote or a colon.
const CLAUSE_EDGE = /^[;:"“”'‘’—–(]$/;

/**
 * The party of a subject set apart from its cue by an aside between commas: "the Xian army, in a
 * statement on Monday, said …", "…, citing witnesses, said …", "…, which lost nine soldiers,
 * said …", "Xia, however, denied …". The aside opens with a participle, a preposition of the
 * statement's setting, a relative pronoun or a connective; the party stands in the short phrase
 * that opens the clause right before it.
 * A party named after the cue is then what was said ("said Yian troops shelled the camp"), not
 * the speaker. A clause before the comma ("troops shelled a camp in Yia, citing …") gives none.
 */
export function partyBeforeAside(
  view: SentenceView,
  cueFirst: number,
  blocked: Set<number>,
): FoundActor[] {
  const close = commaBeforeCue(view, cueFirst);
  if (close < 0) return [];
  let open = close - 1;
  while (open > close - 1 - MAX_ASIDE_TOKENS && open >= 0) {
    const text = view.tokens[open]?.text ?? '';
    if (text === ',') break;
    if (CLAUSE_EDGE.test(text)) return [];
    open--;
  }
  if (view.tokens[open]?.text !== ',' || open + 1 >= close) return [];
  const opener = view.tokens[open + 1]?.text ?? '';
  if (!ASIDE_OPENERS.has(opener) && !/^[a-z]{3,}ing$/.test(opener)) return [];
  // the subject phrase: from the clause's start to the aside, short as a speaker's title is
  let start = open - 1;
  while (
    start >= 0 &&
    !CLAUSE_EDGE.test(view.tokens[start]?.text ?? '') &&
    view.tokens[start]?.text !== ','
  )
    start--;
  if (open - 1 - start > MAX_TITLE_TOKENS) return [];
  if (view.mentionAt.get(open - 1)?.some((m) => m.kind === 'place')) return [];
  return findActorsBefore(view, open, blocked, MAX_TITLE_TOKENS + 1, true).filter(
    (a) => a.at > start,
  );
}
