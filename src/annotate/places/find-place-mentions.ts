import type { ActorMention, Article, PlaceMention, Sentence } from '../../model/index.js';
import { stateReadAsOther } from '../actors/drop-ambiguous-states.js';
import { tokenizeSentence, type Token } from '../mention-utils.js';
import {
  choosePlaceOptions,
  countArticleStates,
  type ArticleStates,
} from './choose-place-option.js';
import { findNamedSites, siteOption } from './find-named-sites.js';
import { findPlaceCandidates } from './find-place-candidates.js';
import { keepPlacesInContext } from './keep-places-in-context.js';
import { loadPlaceIndex, type PlaceIndex } from './place-index.js';
import type { PlaceCandidate, PlaceOption } from './place-option.js';

const STATE_CODE = /^[A-Z]{3}$/;
// What stands between a town's name and a state named right after it: an apposition or "in"
// ("Xtown, the northern Yian port", "Xtown in southern Yia", "Xtown, Yia").
const STATE_AFTER = /^\s*(?:,|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$/i;
// ... and between a state named right before and the town: "Yia's Xtown", "the Yian port of Xtown".
const STATE_BEFORE = /^(?:['’]s\s+|\s+(?:city|town|port|village|capital)\s+of\s+)$/i;
// A state's name or demonym before one of these names a town of that state ("the Yian port").
const TOWN_NOUN = /^\s+(?:city|town|port|village|capital)\b/i;
// The actor rules that name a state itself (not its people, offices or holders).
const STATE_NAMES = new Set(['actor/country-name', 'actor/demonym']);

/**
 * Whether the sentence gives state `code` as the state of the town at `from`-`to`: named right
 * beside it, or before a town noun ("the Yian port"). Asked only of a capital that shares its
 * name with another town: a few actors, one slice each.
 */
function stateOfTown(
  text: string,
  actors: readonly ActorMention[],
  from: number,
  to: number,
  code: string,
): boolean {
  for (const a of actors) {
    if (a.actor.code !== code || !STATE_NAMES.has(a.ruleId)) continue;
    if (a.span.start >= to && STATE_AFTER.test(text.slice(to, a.span.start))) return true;
    if (a.span.end <= from && STATE_BEFORE.test(text.slice(a.span.end, from))) return true;
    if (TOWN_NOUN.test(text.slice(a.span.end, a.span.end + 9))) return true;
  }
  return false;
}

function ruleOf(source: string, precision: string, regionWord: boolean): string {
  if (regionWord) return 'place/region-word';
  if (source === 'feature') return 'place/feature';
  if (source === 'site') return 'place/named-site';
  if (source === 'country') return 'place/country';
  return precision === 'region' ? 'place/region' : 'place/city';
}

/**
 * Sites named in the sentence (see find-named-sites.ts) join its places. A site's name wins over
 * a town or state read inside it ("Temple" in "Ta Som Temple"), which gives the site its state and
 * point if it is a place where it stands; it gives way to a place of Sitrep's lists or the
 * gazetteer that covers it whole ("Second Thomas Shoal").
 */
function withNamedSites(
  cands: PlaceCandidate[],
  tokens: Token[],
  actors: readonly ActorMention[],
  textOf: (c: { from: number; to: number }) => string,
): PlaceCandidate[] {
  const sites = findNamedSites(tokens, actors);
  if (sites.length === 0) return cands;
  let out = cands;
  for (const site of sites) {
    if (out.some((c) => c.from <= site.from && c.to >= site.to)) continue;
    const inner = out.filter((c) => c.from >= site.from && c.to <= site.to);
    const option = siteOption(textOf(site), inner);
    out = out.filter((c) => c.to <= site.from || c.from >= site.to);
    out.push({ ...site, options: [option], regionWord: false, placeContext: null, chosen: option });
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * A state's name the actor reader read as another state (a short name two states share, "Congo",
 * in an article that names only the other one in full) names that state as a place too.
 */
function stateAsActorsRead(
  o: PlaceOption,
  span: { start: number; end: number },
  actors: readonly ActorMention[],
  index: PlaceIndex,
): PlaceOption {
  for (const a of actors) {
    if (a.span.start !== span.start || a.span.end !== span.end) continue;
    const other = stateReadAsOther(a);
    if (other && other !== o.country) return index.states.get(other) ?? o;
  }
  return o;
}

/**
 * Finds the places of an article: states, regions, cities and features, each with coordinates.
 * Reads the article's actors: their states settle ambiguous names and say which towns count.
 *
 * @example
 * findPlaceMentions(article, sentences, actors).map((m) => m.place.name); // ['Kursk Oblast']
 */
export function findPlaceMentions(
  article: Article,
  sentences: Sentence[],
  actors: ActorMention[],
  index: PlaceIndex = loadPlaceIndex(),
): PlaceMention[] {
  const stateActors: { code: string; text: string }[] = [];
  for (const a of actors)
    if (STATE_CODE.test(a.actor.code)) stateActors.push({ code: a.actor.code, text: a.text });
  const states: ArticleStates = countArticleStates(stateActors);
  const sorted = [...actors].sort((a, b) => a.span.start - b.span.start);
  let cursor = 0;
  const out: PlaceMention[] = [];
  for (const sentence of sentences) {
    const tokens = tokenizeSentence(article.text, sentence);
    while (cursor < sorted.length && (sorted[cursor]?.span.start ?? 0) < sentence.span.start)
      cursor++;
    const inside: ActorMention[] = [];
    for (let k = cursor; k < sorted.length; k++) {
      const a = sorted[k];
      if (!a || a.span.start >= sentence.span.end) break;
      if (a.span.end <= sentence.span.end) inside.push(a);
    }
    const textOf = (c: { from: number; to: number }): string =>
      article.text.slice(tokens[c.from]?.start ?? 0, tokens[c.to - 1]?.end ?? 0);
    // The finder proposes; the reading is chosen before the context test, which reads it.
    let cands = findPlaceCandidates(tokens, index);
    const townState = (c: { from: number; to: number }, code: string): boolean =>
      stateOfTown(
        article.text,
        inside,
        tokens[c.from]?.start ?? 0,
        tokens[c.to - 1]?.end ?? 0,
        code,
      );
    cands = choosePlaceOptions(cands, states, textOf, townState);
    cands = keepPlacesInContext(cands, tokens, inside, states);
    cands = withNamedSites(cands, tokens, inside, textOf);
    for (const c of cands) {
      let o = c.chosen;
      if (!o) continue;
      const span = { start: tokens[c.from]?.start ?? 0, end: tokens[c.to - 1]?.end ?? 0 };
      if (o.source === 'country') o = stateAsActorsRead(o, span, inside, index);
      const text = article.text.slice(span.start, span.end);
      const precision = c.regionWord ? 'region' : o.precision;
      out.push({
        kind: 'place',
        span,
        text,
        ruleId: ruleOf(o.source, o.precision, c.regionWord),
        entry: o.entry,
        place: {
          name: o.name,
          country: o.country,
          lat: o.lat,
          lon: o.lon,
          precision,
          text,
          span,
          entry: o.entry,
        },
      });
    }
  }
  return out;
}
