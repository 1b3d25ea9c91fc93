import { findQuantities } from '../../../src/annotate/quantities/find-quantities.js';
import { findTimeMentions } from '../../../src/annotate/time/find-time-mentions.js';
import type {
  ActorMention,
  Annotated,
  Article,
  Mention,
  PlaceMention,
} from '../../../src/model/index.js';

/** An invented actor dictionary for rule tests: [pattern, code, sector]. */
export const TEST_ACTORS: [RegExp, string, string | null][] = [
  [/\b(?:Freedonian|Freedonia(?:'s|’s)?)\s+(?:troops|soldiers|forces|sailors)\b/g, 'FRD', 'MIL'],
  [/\b(?:Sylvanian)\s+(?:troops|soldiers|forces|sailors)\b/g, 'SYL', 'MIL'],
  // a people by its plural demonym: no sector (read as 'actor/demonym', as the real finder does)
  [/\bFreedonians\b/g, 'FRD', null],
  [/\bFreedonia\b|\bFreedonian\b|\bFredville\b|\bPresident Firefly\b|\bFirefly\b/g, 'FRD', 'GOV'],
  [
    /\bSylvania\b|\bSylvanian\b|\bSylvan City\b|\bAmbassador Trentino\b|\bTrentino\b/g,
    'SYL',
    'GOV',
  ],
  [/\bGrand Council\b/g, 'SYL', 'LEG'],
  // an armed group of Sylvania
  [/\bSLF\b/g, 'SYL', 'REB'],
  [/\bOsterlich\b|\bOsterlichan\b|\bthe Osterlich Foreign Office\b/g, 'OST', 'GOV'],
  // the press of Marsovia
  [/\bMarsovian media\b/g, 'MRS', 'MED'],
  [/\bMarsovia\b|\bMarsovian\b/g, 'MRS', 'GOV'],
];
export const TEST_PLACES: [RegExp, string, string][] = [
  [/\bNorth Ridge region\b/g, 'SYL', 'region'],
  [/\bRed Bay\b/g, 'FRD', 'water'],
  // two towns of Sylvania
  [/\bLakeport\b/g, 'SYL', 'city'],
  [/\bHillford\b/g, 'SYL', 'city'],
];

function article(text: string, published: string | null, title: string | null): Article {
  return {
    id: 'test',
    source: 'test',
    url: null,
    canonicalUrl: null,
    title,
    published,
    publishedSource: published ? 'supplied' : null,
    section: [],
    byline: null,
    siteName: null,
    lang: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
  };
}

/** Annotates a text with the invented dictionaries and Sitrep's own time and quantity finders. */
export function buildAnnotated(
  text: string,
  published: string | null = '2024-11-06',
  title: string | null = null,
): Annotated {
  const a = article(text, published, title);
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  for (const [re, code, sector] of TEST_ACTORS)
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      const mention: ActorMention = {
        kind: 'actor',
        span: { start, end },
        text: m[0],
        ruleId: /ians$/.test(m[0]) ? 'actor/demonym' : 'test/actor',
        actor: { code, sector, name: code, text: m[0], span: { start, end } },
      };
      mentions.push(mention);
    }
  for (const [re, country, precision] of TEST_PLACES)
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const mention: PlaceMention = {
        kind: 'place',
        span,
        text: m[0],
        ruleId: 'test/place',
        place: {
          name: m[0],
          country,
          lat: null,
          lon: null,
          precision: precision as 'region',
          text: m[0],
          span,
        },
      };
      mentions.push(mention);
    }
  mentions.push(...findTimeMentions(a), ...findQuantities(text));
  mentions.sort((x, y) => x.span.start - y.span.start);
  return { ...a, sentences: [], mentions };
}
