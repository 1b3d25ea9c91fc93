import type { PlaceCandidate, PlaceOption } from './place-option.js';

/** How often the article names each state: in all, and by the text that names it. */
export interface ArticleStates {
  total: Map<string, number>;
  /** By state code, then by the text that names it (no joined keys to build per look-up). */
  byText: Map<string, Map<string, number>>;
}

/** Counts the states of an article's actors. */
export function countArticleStates(actors: { code: string; text: string }[]): ArticleStates {
  const total = new Map<string, number>();
  const byText = new Map<string, Map<string, number>>();
  for (const a of actors) {
    total.set(a.code, (total.get(a.code) ?? 0) + 1);
    let texts = byText.get(a.code);
    if (!texts) {
      texts = new Map();
      byText.set(a.code, texts);
    }
    texts.set(a.text, (texts.get(a.text) ?? 0) + 1);
  }
  return { total, byText };
}

/** How often the article names a state other than by `text`. */
export function namedElsewhere(states: ArticleStates, code: string, text: string): number {
  return (states.total.get(code) ?? 0) - (states.byText.get(code)?.get(text) ?? 0);
}

// A feature is Sitrep's own reading of a name ("Pacific" the ocean): it wins over any town.
const BASE: Record<PlaceOption['source'], number> = {
  feature: 3000,
  site: 3000,
  country: 500,
  gazetteer: 0,
};

/**
 * Whether the sentence names state `code` as the state of candidate `c`'s town: right beside it
 * ("Xtown, Yia") or as the town it speaks of ("the Yian port").
 */
export type NamedBeside = (c: PlaceCandidate, code: string) => boolean;

/**
 * A capital whose state the article names nowhere else, where another reading lies in a state
 * the sentence gives as the town's ("Xtown, Yia", "Yia's Xtown", "in Xtown as shells hit the Yian
 * port"): the text has said which town it is.
 */
function capitalOutranked(
  o: PlaceOption,
  c: PlaceCandidate,
  states: ArticleStates,
  text: string,
  beside: NamedBeside,
): boolean {
  if (!o.country || namedElsewhere(states, o.country, text) > 0) return false;
  for (const other of c.options)
    if (other.country && other.country !== o.country && beside(c, other.country)) return true;
  return false;
}

function score(
  o: PlaceOption,
  states: ArticleStates,
  text: string,
  regionWord: boolean,
  capitalStands: boolean,
): number {
  // A state named elsewhere in the article, not by this very name, decides between readings.
  const named = o.country ? namedElsewhere(states, o.country, text) : 0;
  let s = BASE[o.source] + (named > 0 ? 1000 + Math.min(named, 20) * 5 : 0);
  // A national capital stands up to a namesake town in a state the article names (Rome, Moscow),
  // unless that town's state is named right beside the name and the capital's nowhere.
  if (o.capital && capitalStands) s += 1100;
  if (o.precision === 'region') s += regionWord ? 400 : o.short ? 40 : 100;
  if (o.precision === 'city') s += Math.log10(o.population + 1) * 20;
  return s;
}

/**
 * Picks each candidate's reading: a state the article names elsewhere wins ("Washington" in an
 * article about the USA is its capital), then features, states, capitals, regions and larger
 * cities. After "region" or "oblast" only regions and cities count. `beside`: whether the
 * sentence names a state right beside a candidate.
 */
export function choosePlaceOptions(
  cands: PlaceCandidate[],
  states: ArticleStates,
  textOf: (c: PlaceCandidate) => string,
  beside: NamedBeside = () => false,
): PlaceCandidate[] {
  let chosen = 0;
  for (const c of cands) {
    const text = textOf(c);
    // the first best scorer, kept in two variables (no object per better option)
    let best: PlaceOption | null = null;
    let bestScore = 0;
    for (const o of c.options) {
      if (c.regionWord && o.precision !== 'region' && o.precision !== 'city') continue;
      const stands = !o.capital || c.options.length < 2;
      const s = score(
        o,
        states,
        text,
        c.regionWord,
        stands || !capitalOutranked(o, c, states, text, beside),
      );
      if (!best || s > bestScore) {
        best = o;
        bestScore = s;
      }
    }
    if (best) c.chosen = best;
    if (c.chosen) chosen++;
  }
  return chosen === cands.length ? cands : cands.filter((c) => c.chosen);
}
