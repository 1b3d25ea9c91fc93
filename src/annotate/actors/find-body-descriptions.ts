import type { ActorMention, Article, Sentence } from '../../model/index.js';
import { tokenizeSentence, type Token } from '../mention-utils.js';
import type { BodyDescription } from './actor-dictionaries.js';

/** The rule id of a body named by a common noun after its name ("the bloc"). */
export const BODY_DESCRIPTION_RULE = 'actor/body-description';

// At most this many tokens of modifiers stand between "the" and the noun ("the 27-nation bloc"
// is "27", "-", "nation"; "the Western military alliance").
const MAX_MODIFIER_TOKENS = 4;
const MODIFIER = /^(?:\d+|-|[A-Za-z][a-z]*)$/;

// The noun phrase "the ... noun" ending at token `last`: its first token after "the", or -1.
function phraseStart(tokens: Token[], last: number, words: number): number {
  let k = last - words;
  for (let m = 0; m <= MAX_MODIFIER_TOKENS; m++, k--) {
    if (tokens[k]?.key === 'the') return k + 1;
    if (!MODIFIER.test(tokens[k]?.text ?? '')) return -1;
  }
  return -1;
}

/**
 * "The European Union adopted sanctions ... the bloc agreed": a common noun after "the" that
 * news writing uses for a body it named before (dictionaries/actors/body-descriptions.json) is
 * that body: the nearest mention before it with one of the noun's codes. None before it, none
 * meant; a phrase that already holds a mention is left.
 */
export function findBodyDescriptions(
  article: Article,
  sentences: Sentence[],
  found: readonly ActorMention[],
  descriptions: readonly BodyDescription[],
): ActorMention[] {
  const bodies = found.filter((m) => descriptions.some((d) => d.codes.includes(m.actor.code)));
  if (bodies.length === 0) return [];
  const out: ActorMention[] = [];
  for (const sentence of sentences) {
    if (sentence.span.end <= (bodies[0]?.span.start ?? 0)) continue;
    const tokens = tokenizeSentence(article.text, sentence);
    for (let i = 0; i < tokens.length; i++) {
      for (const d of descriptions) {
        const noun = d.nouns.find((n) =>
          n.split(' ').every((w, k) => tokens[i - (n.split(' ').length - 1) + k]?.key === w),
        );
        if (!noun) continue;
        const words = noun.split(' ').length;
        const from = phraseStart(tokens, i, words);
        if (from < 0) continue;
        const start = tokens[from]?.start ?? 0;
        const end = tokens[i]?.end ?? 0;
        if (found.some((m) => m.span.start < end && start < m.span.end)) continue;
        const body = bodies
          .filter((m) => m.span.end <= start && d.codes.includes(m.actor.code))
          .at(-1);
        if (!body) continue;
        const span = { start, end };
        const text = article.text.slice(start, end);
        out.push({
          kind: 'actor',
          span,
          text,
          ruleId: BODY_DESCRIPTION_RULE,
          entry: body.entry,
          actor: { ...body.actor, text, span },
        });
      }
    }
  }
  return out;
}
