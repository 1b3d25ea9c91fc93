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

function score(o: PlaceOption, states: ArticleStates, text: string, regionWord: boolean): number {
  // A state named elsewhere in the article, not by this very name, decides between readings.
  const named = o.country ? namedElsewhere(states, o.country, text) : 0;
  let s = BASE[o.source] + (named > 0 ? 1000 + Math.min(named, 20) * 5 : 0);
  // A national capital stands up to a namesake town in a state the article names (Rome, Moscow).
  if (o.capital) s += 1100;
  if (o.precision === 'region') s += regionWord ? 400 : o.short ? 40 : 100;
  if (o.precision === 'city') s += Math.log10(o.population + 1) * 20;
  return s;
}

/**
 * Picks each candidate's reading: a state the article names elsewhere wins ("Washington" in an
 * article about the USA is its capital), then features, states, capitals, regions and larger
 * cities. After "region" or "oblast" only regions and cities count.
 */
export function choosePlaceOptions(
  cands: PlaceCandidate[],
  states: ArticleStates,
  textOf: (c: PlaceCandidate) => string,
): PlaceCandidate[] {
  let chosen = 0;
  for (const c of cands) {
    const text = textOf(c);
    // the first best scorer, kept in two variables (no object per better option)
    let best: PlaceOption | null = null;
    let bestScore = 0;
    for (const o of c.options) {
      if (c.regionWord && o.precision !== 'region' && o.precision !== 'city') continue;
      const s = score(o, states, text, c.regionWord);
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
