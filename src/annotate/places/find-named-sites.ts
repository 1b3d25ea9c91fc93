import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { ActorMention } from '../../model/index.js';
import { isCapitalised, isTitleCase, startsWithLetter, type Token } from '../mention-utils.js';
import type { PlaceCandidate, PlaceOption } from './place-option.js';

const SITE_HEADS = wordsTagged('site-head');
const SITE_PREFIXES = wordsTagged('site-prefix');
const SITE_MODIFIERS = wordsTagged('site-modifier');
const SETTLEMENTS = wordsTagged('settlement-of');

// Capitalised words that open a phrase without naming anything.
const NOT_NAME = new Set(
  (
    'the a an this that these those its their his her our my your i ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december'
  ).split(' '),
);
// At most this many capitalised words name a site, and this many modifiers stand before its head.
const MAX_NAME = 4;
const MAX_MODIFIERS = 2;

/** A site named in a sentence: tokens `[from, to)`. */
export interface NamedSite {
  from: number;
  to: number;
}

function nameWord(t: Token | undefined): boolean {
  return !!t && startsWithLetter(t.text) && isCapitalised(t.text) && !NOT_NAME.has(t.key);
}

// A state named by its name, its capital or its people ("Xian", "Xia's"): a site's name made of
// those alone is a site of that state, not a name ("Xian air base", "the Xia border crossing").
function stateWords(t: Token, actors: readonly ActorMention[]): boolean {
  for (const a of actors) if (a.span.start <= t.start && t.end <= a.span.end) return true;
  return false;
}

/**
 * Sites the gazetteer cannot know, named by capitalised words and a word that says what they are:
 * a head after the name ("Ta Prohm temple", "Hillford air base", "Chong Kal border crossing") or
 * a prefix before it ("Wat Arun", "Fort Hill"), or a kind of place before "of" ("the town of
 * Xville"). A name made only of a state's words is no site's
 * name ("Xian air base"), nor is anything in a sentence in title case (a headline's every word
 * is capitalised).
 */
export function findNamedSites(tokens: Token[], actors: readonly ActorMention[]): NamedSite[] {
  if (tokens.length === 0 || isTitleCase(tokens)) return [];
  const heads = SITE_HEADS();
  const prefixes = SITE_PREFIXES();
  const modifiers = SITE_MODIFIERS();
  const out: NamedSite[] = [];
  let free = 0; // sites do not overlap: the next starts after the last
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (heads.has(t.key)) {
      let from = i;
      let mods = 0;
      while (mods < MAX_MODIFIERS && from - 1 >= free) {
        const m = tokens[from - 1];
        if (!m || !modifiers.has(m.key) || nameWord(m)) break;
        from--;
        mods++;
      }
      let names = 0;
      while (names < MAX_NAME && from - 1 >= free && nameWord(tokens[from - 1])) {
        from--;
        names++;
      }
      // a capitalised head is a name word of its own ("Ta Prohm Temple"), not one to stand alone
      if (names === 0) continue;
      const name = tokens.slice(from, from + names);
      if (name.every((w) => stateWords(w, actors))) continue;
      out.push({ from, to: i + 1 });
      free = i + 1;
    } else if (
      SETTLEMENTS().has(t.key) &&
      !isCapitalised(t.text) &&
      tokens[i + 1]?.key === 'of' &&
      i + 2 >= free
    ) {
      // "the town of Xville": the name after "of"
      let to = i + 2;
      while (to - i - 2 < MAX_NAME && nameWord(tokens[to])) to++;
      if (to === i + 2 || tokens.slice(i + 2, to).every((w) => stateWords(w, actors))) continue;
      out.push({ from: i + 2, to });
      free = to;
      i = to - 1;
    } else if (prefixes.has(t.key) && isCapitalised(t.text) && i >= free) {
      let to = i + 1;
      while (to - i <= MAX_NAME && nameWord(tokens[to]) && !heads.has(tokens[to]?.key ?? '')) to++;
      if (to === i + 1) continue;
      if (tokens.slice(i + 1, to).every((w) => stateWords(w, actors))) continue;
      out.push({ from: i, to });
      free = to;
      i = to - 1;
    }
  }
  return out;
}

/**
 * The place a named site stands for: the site by its name, in the state and at the point of a
 * town or region its name holds ("Sunan airport" at Sunan), else in no state and at no point.
 */
export function siteOption(name: string, inner: readonly PlaceCandidate[]): PlaceOption {
  const within = inner.find((c) => c.chosen && c.chosen.precision !== 'country')?.chosen;
  const state = inner.find((c) => c.chosen?.country)?.chosen?.country ?? null;
  return {
    name,
    country: within?.country ?? state,
    lat: within?.lat ?? null,
    lon: within?.lon ?? null,
    precision: 'site',
    population: 0,
    capital: false,
    short: false,
    source: 'site',
    entry: `site:${name}`,
  };
}
