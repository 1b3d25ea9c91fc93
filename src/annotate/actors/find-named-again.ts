import type { ActorMention, Article, Sentence } from '../../model/index.js';
import type { Role } from './actor-dictionaries.js';
import {
  isCapitalised,
  startsWithLetter,
  tokenizeRange,
  tokenizeSentence,
} from '../mention-utils.js';

// Ranks and courtesy titles that stand before a name without being part of it; the titles of
// office ("President", "Minister") come from the roles dictionary.
const RANKS = [
  'gen',
  'lieutenant',
  'lt',
  'colonel',
  'col',
  'major',
  'maj',
  'captain',
  'capt',
  'admiral',
  'adm',
  'rear',
  'brigadier',
  'brig',
  'sergeant',
  'sgt',
  'cmdr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'senator',
  'sen',
  'rep',
  'governor',
  'gov',
];
const titleCache = new WeakMap<Role[], Set<string>>();

/** Every word of a title or rank, in lower case: none is part of a person's name. */
function titleWords(roles: Role[]): Set<string> {
  let words = titleCache.get(roles);
  if (!words) {
    words = new Set(RANKS);
    for (const role of roles)
      for (const name of role.names)
        for (const w of name.toLowerCase().split(/[\s.]+/)) if (w) words.add(w);
    titleCache.set(roles, words);
  }
  return words;
}

/** The words of the person's name that ends a role mention ("… General Romeo Brawner"). */
function nameWords(m: ActorMention, titles: Set<string>): string[] {
  const tokens = tokenizeRange(m.text, 0, m.text.length);
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === '.') continue;
    if (!startsWithLetter(t.text) || !isCapitalised(t.text)) break;
    if (!titles.has(t.key) && t.text.length >= 3) words.push(t.key);
  }
  return words;
}

/**
 * A person the article names once with the state they serve ("the Philippine army chief General
 * Romeo Brawner") is that state's when named again by a word of their name ("Brawner said").
 * A word two such people share is left alone, as is any word inside another mention.
 */
export function findNamedAgain(
  article: Article,
  sentences: Sentence[],
  found: ActorMention[],
  roles: Role[],
): ActorMention[] {
  const titles = titleWords(roles);
  const people = new Map<string, ActorMention | null>();
  for (const m of found) {
    if (m.ruleId !== 'actor/role' || m.actor.code.length !== 3) continue;
    for (const w of nameWords(m, titles)) {
      const before = people.get(w);
      // a word two people of different states share names neither
      people.set(w, before === undefined || before?.actor.code === m.actor.code ? m : null);
    }
  }
  if (people.size === 0) return [];
  const taken = [...found].sort((a, b) => a.span.start - b.span.start);
  const inside = (start: number): boolean => {
    // binary search: the last mention starting at or before `start`
    let lo = 0;
    let hi = taken.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid]?.span.start ?? Infinity) <= start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = at; k >= 0 && k >= at - 3; k--) if ((taken[k]?.span.end ?? 0) > start) return true;
    return false;
  };
  const out: ActorMention[] = [];
  for (const sentence of sentences)
    for (const t of tokenizeSentence(article.text, sentence)) {
      if (t.text.length < 3 || !isCapitalised(t.text)) continue;
      const person = people.get(t.key);
      if (!person || inside(t.start)) continue;
      const span = { start: t.start, end: t.end };
      const entry = person.entry;
      out.push({
        kind: 'actor',
        span,
        text: t.text,
        ruleId: 'actor/person-named-again',
        entry,
        actor: {
          code: person.actor.code,
          sector: person.actor.sector,
          name: person.actor.name,
          text: t.text,
          span,
          entry,
        },
      });
    }
  return out;
}
