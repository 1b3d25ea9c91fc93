import type { PlaceCandidate, PlaceOption } from './place-option.js';

/** How often the article names each state, by the text that names it. */
export type ArticleStates = { code: string; text: string }[];

const BASE: Record<PlaceOption['source'], number> = { feature: 600, country: 500, gazetteer: 0 };

function score(o: PlaceOption, states: ArticleStates, text: string, regionWord: boolean): number {
  // A state named elsewhere in the article, not by this very name, decides between readings.
  const named = o.country
    ? states.filter((s) => s.code === o.country && s.text !== text).length
    : 0;
  let s = BASE[o.source] + (named > 0 ? 1000 + Math.min(named, 20) * 5 : 0);
  if (o.capital) s += 300;
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
  for (const c of cands) {
    const pool = c.regionWord
      ? c.options.filter((o) => o.precision === 'region' || o.precision === 'city')
      : c.options;
    const text = textOf(c);
    let best: { o: PlaceOption; s: number } | null = null;
    for (const o of pool) {
      const s = score(o, states, text, c.regionWord);
      if (!best || s > best.s) best = { o, s };
    }
    if (best) c.chosen = best.o;
  }
  return cands.filter((c) => c.chosen);
}
