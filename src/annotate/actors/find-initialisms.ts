import type { ActorMention, Article, Sentence } from '../../model/index.js';
import { isCapitalised, startsWithWordChar } from '../mention-utils.js';

/** The rule id of an initialism of a body the article named in full before. */
export const INITIALISM_RULE = 'actor/initialism';

// Lower-case words a body's name holds that its initials leave out ("Forces for the Defence of").
const LEFT_OUT = new Set(['and', 'of', 'for', 'on', 'the', '&']);
const WORDS = /[\s-]+/;

// A name's initials: the first letter of each capitalised word ("Xian Liberation Army": "XLA"),
// or '' where a word is neither capitalised nor a linking word.
function initialsOf(text: string): string {
  let out = '';
  for (const word of text.split(WORDS)) {
    if (word === '' || LEFT_OUT.has(word)) continue;
    if (!isCapitalised(word)) return '';
    out += word[0];
  }
  return out;
}

// Whether the character at `i` of `text` is a letter or a digit (a word goes on there).
function wordCharAt(text: string, i: number): boolean {
  return startsWithWordChar(text[i] ?? '');
}

/**
 * "The Xian Liberation Army took the town ... The XLA denied it": a word in capitals that spells
 * the initials of a body's name the article gave before it (two words or more, each capitalised
 * but the linking "of", "and", "for", "the") is that body. Initials two bodies share name
 * neither; a word that is already a mention, comes before the full name or stands alone in
 * brackets ("(XNA)", an agency's credit or the name's own definition) is left. The text is
 * searched for each name's initials, not read word by word: most articles name no body by them.
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
    if (initials.length < 2 || initials.length > 8) continue;
    const before = named.get(initials);
    if (before === undefined) named.set(initials, m);
    else if (
      before &&
      (before.actor.code !== m.actor.code || before.actor.sector !== m.actor.sector)
    )
      named.set(initials, null);
  }
  const text = article.text;
  const first = sentences[0]?.span.start ?? 0;
  const last = sentences.at(-1)?.span.end ?? text.length;
  const taken = (start: number, end: number): boolean =>
    found.some((m) => m.span.start < end && start < m.span.end);
  const out: ActorMention[] = [];
  for (const [initials, body] of named) {
    if (!body) continue;
    for (
      let at = text.indexOf(initials, body.span.end);
      at >= 0;
      at = text.indexOf(initials, at + 1)
    ) {
      const end = at + initials.length;
      if (at < first || end > last || wordCharAt(text, at - 1) || wordCharAt(text, end)) continue;
      // "(XNA) -": an agency's credit in brackets, or the name's own definition, is no use of it
      if (text[at - 1] === '(' && text[end] === ')') continue;
      if (taken(at, end)) continue;
      const span = { start: at, end };
      out.push({
        kind: 'actor',
        span,
        text: initials,
        ruleId: INITIALISM_RULE,
        entry: body.entry,
        actor: { ...body.actor, text: initials, span },
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
