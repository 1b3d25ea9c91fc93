import type { ActorRef, Annotated, Mention } from '../model/index.js';
import type { CueHit, EventCandidate } from './candidate.js';
import { cueTokenSet, findCues, matchCuesInText, matchesBySentence } from './finders/find-cues.js';
import { indexTriggers, type TriggerIndex } from './finders/trigger-index.js';
import type { CodeDictionaries, CodebookEntry } from './load-code-dictionaries.js';
import type { PartNoun } from './refiners/refine-possessed-sector.js';
import { leadParties } from './roles/role-search.js';
import { viewSentences, type SentenceView } from './sentence-view.js';

/**
 * What every finder and refiner may read about one article, built once before they run: the
 * article, its sentences as token views, the dictionaries and their trigger index, and the stance
 * cues with what they imply (the tokens they cover, who speaks in each sentence).
 */
export interface CodeContext {
  annotated: Annotated;
  /** The article's publication date (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  published: string | null;
  /** Every mention of the article (actors, places, times, figures). */
  mentions: Mention[];
  views: SentenceView[];
  dicts: CodeDictionaries;
  triggerIndex: TriggerIndex;
  codebook: CodebookEntry[];
  /** Parts of a state named after a possessive ("Russia's parliament"). */
  partNouns: PartNoun[];
  /** Every stance cue found, in sentence order. */
  hits: CueHit[];
  /** Per sentence index: the token indexes a cue covers, which no actor search may take. */
  blocked: Map<number, Set<number>>;
  /** Per sentence index: the sources of the last statement before it that carries over. */
  speakers: Map<number, ActorRef[]>;
}

/**
 * Builds the context of one article. Cues come first: their words bound the search for actors,
 * and their sources carry over sentences.
 *
 * @example
 * const ctx = codeContext(annotateArticle(article), loadCodeDictionaries());
 */
export function codeContext(annotated: Annotated, dicts: CodeDictionaries): CodeContext {
  const views = viewSentences(annotated);
  const published = annotated.published;
  const hits: CueHit[] = [];
  const blocked = new Map<number, Set<number>>();
  const speakers = new Map<number, ActorRef[]>();
  let previous: ActorRef[] = [];
  const cueMatches = matchesBySentence(matchCuesInText(annotated.text, dicts.cues), views);
  views.forEach((view, k) => {
    speakers.set(view.index, previous);
    const prior = views[k - 1];
    const pointed = (): ActorRef[] =>
      prior ? leadParties(prior, blocked.get(prior.index) ?? new Set()) : [];
    const found = findCues(view, cueMatches[view.index] ?? [], published, previous, pointed);
    // the sentence's last speaker goes on speaking; one with no code ends the one before
    const last = found.filter((h) => h.carriesSpeaker && h.sourceKind === 'actor').pop();
    if (last) previous = last.sources;
    hits.push(...found);
    blocked.set(view.index, cueTokenSet(view, found));
  });
  return {
    annotated,
    published,
    mentions: annotated.mentions,
    views,
    dicts,
    triggerIndex: indexTriggers(dicts.triggers),
    codebook: dicts.codebook,
    partNouns: dicts.partNouns ?? [],
    hits,
    blocked,
    speakers,
  };
}

/** The cue tokens of one sentence (none when it has no cue). */
export function blockedIn(ctx: CodeContext, view: SentenceView): Set<number> {
  return ctx.blocked.get(view.index) ?? new Set();
}

/** A finder: the candidates one sentence holds. */
export type Finder = (view: SentenceView, ctx: CodeContext) => EventCandidate[];

/** A refiner: the candidates, dropped, recoded or completed by one rule. */
export type Refiner = (cands: EventCandidate[], ctx: CodeContext) => EventCandidate[];
