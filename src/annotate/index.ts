import type { ActorMention, Annotated, Article, Mention, Sentence } from '../model/index.js';
import { findQuantities } from './quantities/find-quantities.js';
import { HOLDER_RULE } from './actors/drop-hyphen-compounds.js';
import { dropPlaceQualifiers } from './actors/drop-place-qualifiers.js';
import { dropReporterLocations } from './places/drop-reporter-locations.js';
import { findActorMentions } from './actors/find-actor-mentions.js';
import { findAgentsOfPlaces } from './actors/find-agents-of-places.js';
import { findPlaceMentions } from './places/find-place-mentions.js';
import { splitSentences } from './sentences/split-sentences.js';
import { findTimeMentions } from './time/find-time-mentions.js';

/** What every mention finder reads: the article, its sentences and the mentions found before it. */
export interface AnnotateContext {
  article: Article;
  sentences: Sentence[];
  /** Mentions from the finders earlier in {@link FINDERS}. */
  found: readonly Mention[];
}

/** A mention finder: one kind of mention from the whole article. */
export interface MentionFinder {
  name: string;
  find: (context: AnnotateContext) => Mention[];
}

// The finders in order. Each sees the mentions of those before it.
const FINDERS: MentionFinder[] = [
  // actors before places: a place's ambiguous name is read by the article's states
  { name: 'actors', find: ({ article, sentences }) => findActorMentions(article, sentences) },
  {
    name: 'places',
    find: ({ article, sentences, found }) =>
      findPlaceMentions(
        article,
        sentences,
        // a holder ("Xia-held") is read inside the place's name, not as a state beside it
        found.filter((m): m is ActorMention => m.kind === 'actor' && m.ruleId !== HOLDER_RULE),
      ),
  },
  // after places: "police in Xton" is the state of the place
  {
    name: 'agents of places',
    find: ({ article, sentences, found }) => findAgentsOfPlaces(article, sentences, found),
  },
  // times before quantities: a figure inside a date phrase is not a count
  { name: 'time', find: ({ article, sentences }) => findTimeMentions(article, sentences) },
  {
    name: 'quantities',
    find: ({ article, found }) => {
      // Only the times are read: picked once, not once per figure.
      const times = found.filter((t) => t.kind === 'time');
      return findQuantities(article.text).filter((q) => !overlapsAny(times, q));
    },
  },
];

// Whether `m` overlaps one of `others`: a loop, not some(), to spare a closure per quantity.
function overlapsAny(others: readonly Mention[], m: Mention): boolean {
  for (const o of others) if (o.span.start < m.span.end && m.span.start < o.span.end) return true;
  return false;
}

/**
 * Finds sentences and mentions (actors, places, times, quantities) in an article. Mentions come
 * out sorted by start offset.
 *
 * @example
 * const annotated = annotateArticle(extractArticle(raw));
 */
export function annotateArticle(article: Article): Annotated {
  const sentences = splitSentences(article);
  const mentions: Mention[] = [];
  for (const finder of FINDERS) {
    for (const m of finder.find({ article, sentences, found: mentions })) mentions.push(m);
  }
  mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept = dropReporterLocations(article.text, mentions);
  return { ...article, sentences, mentions: dropPlaceQualifiers(article.text, kept) };
}
