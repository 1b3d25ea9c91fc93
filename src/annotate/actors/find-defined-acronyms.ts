import type { ActorMention, Article, Sentence } from '../../model/index.js';
import { isCapitalised, tokenizeSentence, type Token } from '../mention-utils.js';

/** The rule id of an acronym the article defined after a body of one state. */
export const DEFINED_ACRONYM_RULE = 'actor/defined-acronym';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
// Lower-case words a body's name may hold: "Mine Action and Victim Assistance Authority".
const NAME_LINKS = new Set(['and', 'of', 'for', 'on', 'the', '&', '-']);
const MAX_NAME_WORDS = 10;

// The tokens of the capitalised name that ends right before `open` ("(" of the acronym).
function nameBefore(tokens: Token[], open: number): Token[] {
  let from = open;
  for (let k = open - 1; k >= 0 && open - k <= MAX_NAME_WORDS; k--) {
    const t = tokens[k];
    if (!t) break;
    if (isCapitalised(t.text)) from = k;
    else if (!NAME_LINKS.has(t.key)) break;
  }
  return tokens.slice(from, open);
}

// "Freedonian Border Authority (FBA)": the acronym starts with the name's first letter (a
// leading "The" aside) and has no more letters than the name has words and word parts.
function abbreviates(acronym: string, name: Token[]): boolean {
  const words = name.filter((t) => isCapitalised(t.text) && t.key !== 'the');
  const first = words[0]?.text[0];
  return first !== undefined && acronym[0] === first && acronym.length <= words.length + 2;
}

/**
 * A body the article names in full with a state in it, then by the acronym it gives in brackets
 * ("the Freedonian Border Authority (FBA) said … The FBA added"): each later use of the acronym
 * outside brackets is an actor of that state, with the sector the name's state mention has. A
 * name with mentions of two states, or none, defines nothing; nor does an acronym that is
 * already a mention.
 */
export function findDefinedAcronyms(
  article: Article,
  sentences: Sentence[],
  found: readonly ActorMention[],
): ActorMention[] {
  const defined = new Map<string, ActorMention | null>();
  const mentionIn = (start: number, end: number): ActorMention[] =>
    found.filter((m) => m.span.start >= start && m.span.end <= end && m.actor.code.length === 3);
  for (const sentence of sentences) {
    const tokens = tokenizeSentence(article.text, sentence);
    for (let i = 1; i + 2 < tokens.length; i++) {
      const acronym = tokens[i + 1]?.text ?? '';
      if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')' || !ACRONYM.test(acronym))
        continue;
      const name = nameBefore(tokens, i);
      if (name.length < 2 || !abbreviates(acronym, name)) continue;
      const states = mentionIn(name[0]?.start ?? 0, name[name.length - 1]?.end ?? 0);
      const codes = new Set(states.map((m) => m.actor.code));
      const before = defined.get(acronym);
      // one state in the name; an acronym defined twice for two states names neither
      const state = codes.size === 1 ? (states[0] ?? null) : null;
      defined.set(
        acronym,
        before === undefined || before?.actor.code === state?.actor.code ? state : null,
      );
    }
  }
  if (defined.size === 0) return [];
  const taken = (t: Token): boolean =>
    found.some((m) => m.span.start < t.end && t.start < m.span.end);
  const out: ActorMention[] = [];
  for (const sentence of sentences) {
    const tokens = tokenizeSentence(article.text, sentence);
    tokens.forEach((t, i) => {
      const state = defined.get(t.text);
      if (!state || tokens[i - 1]?.text === '(' || taken(t)) return;
      const span = { start: t.start, end: t.end };
      out.push({
        kind: 'actor',
        span,
        text: t.text,
        ruleId: DEFINED_ACRONYM_RULE,
        entry: state.entry,
        actor: {
          code: state.actor.code,
          sector: state.actor.sector,
          name: state.actor.name,
          text: t.text,
          span,
          entry: state.entry,
        },
      });
    });
  }
  return out;
}
