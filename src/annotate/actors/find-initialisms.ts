import type { ActorMention, Article, Sentence } from '../../model/index.js';
import { isCapitalised, tokenizeSentence, tokenizeRange } from '../mention-utils.js';

/** The rule id of an initialism of a body the article named in full before. */
export const INITIALISM_RULE = 'actor/initialism';

const INITIALISM = /^\p{Lu}{2,8}$/u;
// Lower-case words a body's name holds that its initials leave out ("Forces for the Defence of").
const LEFT_OUT = new Set(['and', 'of', 'for', 'on', 'the', '&', '-', "'", 's']);

// A name's initials: the first letter of each capitalised word ("Xian Liberation Army": "XLA").
function initialsOf(text: string): string {
  let out = '';
  for (const t of tokenizeRange(text, 0, text.length)) {
    if (LEFT_OUT.has(t.key)) continue;
    if (!isCapitalised(t.text)) return '';
    out += t.text[0];
  }
  return out;
}

/**
 * "The Xian Liberation Army took the town ... The XLA denied it": a word in capitals that spells
 * the initials of a body's name the article gave before it (two words or more, each capitalised
 * but the linking "of", "and", "for", "the") is that body. Initials two bodies share name
 * neither; a word that is already a mention, comes before the full name or stands alone in
 * brackets ("(XNA)", an agency's credit or the name's own definition) is left.
 */
export function findInitialisms(
  article: Article,
  sentences: Sentence[],
  found: readonly ActorMention[],
): ActorMention[] {
  // initials -> the first mention that spells them (null: two actors spell them)
  const named = new Map<string, ActorMention | null>();
  for (const m of found) {
    if (m.text.indexOf(' ') < 0) continue;
    const initials = initialsOf(m.text);
    if (initials.length < 2) continue;
    const before = named.get(initials);
    if (before === undefined) named.set(initials, m);
    else if (
      before &&
      (before.actor.code !== m.actor.code || before.actor.sector !== m.actor.sector)
    )
      named.set(initials, null);
  }
  if (named.size === 0) return [];
  const taken = (start: number, end: number): boolean =>
    found.some((m) => m.span.start < end && start < m.span.end);
  const out: ActorMention[] = [];
  for (const sentence of sentences) {
    const tokens = tokenizeSentence(article.text, sentence);
    tokens.forEach((t, i) => {
      if (!INITIALISM.test(t.text)) return;
      // "(XNA) -": an agency's credit in brackets, or the name's own definition, is no use of it
      if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') return;
      const body = named.get(t.text);
      if (!body || body.span.start > t.start || taken(t.start, t.end)) return;
      const span = { start: t.start, end: t.end };
      out.push({
        kind: 'actor',
        span,
        text: t.text,
        ruleId: INITIALISM_RULE,
        entry: body.entry,
        actor: { ...body.actor, text: t.text, span },
      });
    });
  }
  return out;
}
