import type { ActorMention, Article, Sentence } from '../../model/index.js';
import type { BodyDescription } from './actor-dictionaries.js';

/** The rule id of a body named by a common noun after its name ("the bloc"). */
export const BODY_DESCRIPTION_RULE = 'actor/body-description';

// "the bloc", "the 27-nation bloc", "the military alliance": "the", at most two lower-case
// modifiers (a word, or a number joined to a word by a hyphen), then one of the nouns in lower
// case: "the Soviet Union" or "the Union" is a name, no description.
const patterns = new WeakMap<readonly BodyDescription[], RegExp>();
function patternOf(descriptions: readonly BodyDescription[]): RegExp {
  let re = patterns.get(descriptions);
  if (!re) {
    const nouns = descriptions
      .flatMap((d) => d.nouns)
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/ /g, '\\s+'));
    re = new RegExp(
      `\\b[Tt]he\\s+((?:(?:\\d+-)?[a-z]+(?:-[a-z]+)?\\s+){0,2}(?:${nouns.join('|')}))\\b`,
      'g',
    );
    patterns.set(descriptions, re);
  }
  return re;
}

/**
 * "The European Union adopted sanctions ... the bloc agreed": a common noun after "the" that
 * news writing uses for a body it named before (dictionaries/actors/body-descriptions.json) is
 * that body: the nearest mention before it with one of the noun's codes. None before it, none
 * meant; a phrase that already holds a mention is left. The text is searched for the nouns, not
 * read word by word: most articles name no body so.
 */
export function findBodyDescriptions(
  article: Article,
  sentences: Sentence[],
  found: readonly ActorMention[],
  descriptions: readonly BodyDescription[],
): ActorMention[] {
  const bodies = found.filter((m) => descriptions.some((d) => d.codes.includes(m.actor.code)));
  if (bodies.length === 0) return [];
  const text = article.text;
  const first = sentences[0]?.span.start ?? 0;
  const last = sentences.at(-1)?.span.end ?? text.length;
  const out: ActorMention[] = [];
  const re = patternOf(descriptions);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].length - phrase.length;
    const end = m.index + m[0].length;
    if (start < first || end > last) continue;
    if (found.some((f) => f.span.start < end && start < f.span.end)) continue;
    const noun = phrase.toLowerCase().replace(/\s+/g, ' ');
    const d = descriptions.find((x) => x.nouns.some((n) => noun === n || noun.endsWith(` ${n}`)));
    if (!d) continue;
    const body = bodies.filter((b) => b.span.end <= start && d.codes.includes(b.actor.code)).at(-1);
    if (!body) continue;
    const span = { start, end };
    out.push({
      kind: 'actor',
      span,
      text: phrase,
      ruleId: BODY_DESCRIPTION_RULE,
      entry: body.entry,
      actor: { ...body.actor, text: phrase, span },
    });
  }
  return out;
}
