import { leadActors, type FoundActor } from './role-search.js';
import type { SentenceView } from '../sentence-view.js';

const MAX_GAP = 4;
const LIGHT_IN = /^(?:part|participated|participate|participates|participating|engaged|involved)$/;
// Words that end the subject's reach over an event noun: a preposition or a comma.
const BREAKS = new Set([
  ',',
  'in',
  'of',
  'at',
  'to',
  'from',
  'for',
  'with',
  'by',
  'about',
  'over',
  'under',
  'into',
  'like',
  'as',
  'than',
]);

/**
 * The party before an event noun acts only when it stands close to it: as a modifier ("the
 * Xian offensive") or the subject of a light verb ("X held talks", "X launched a drone attack").
 * A party further off, or behind a preposition or comma ("X's sincerity in honouring the pact"),
 * names something else. Words of a time phrase ("on Tuesday") do not count.
 */
export function nearNounSubject(view: SentenceView, found: FoundActor[], first: number): boolean {
  const last = found[found.length - 1];
  if (!last?.ref.span) return false;
  const end = last.ref.span.end;
  let gap = 0;
  for (let i = first - 1; i >= 0; i--) {
    const t = view.tokens[i];
    if (!t || t.end <= end) break;
    if ((view.mentionAt.get(i) ?? []).some((m) => m.kind === 'time')) continue;
    // "took part in an exercise": the light verb's preposition belongs to the verb
    if (t.lower === 'in' && LIGHT_IN.test(view.tokens[i - 1]?.lower ?? '')) {
      i--;
      continue;
    }
    if (BREAKS.has(t.lower)) return false;
    gap++;
  }
  return gap <= MAX_GAP;
}

// A modifier that may stand between the pronoun and the noun: a lower-case word ("its military
// offensive", "their joint exercises").
const MODIFIER = /^[a-z][a-z-]*$/;
const NOTHING_BLOCKED: Set<number> = new Set();

/**
 * "Xia continued its offensive", "Xia remains firm in its refusal to negotiate": the parties a
 * possessive pronoun right before an event noun (one modifier between) points at, the subject of
 * its sentence before the noun, "its" for one party and "their" for one or more. None where no
 * such pronoun stands there, the subject names no party, or another party is named between.
 */
export function possessivePronounOwner(view: SentenceView, first: number): FoundActor[] {
  let k = first - 1;
  if (
    !/^(?:its|their)$/.test(view.tokens[k]?.lower ?? '') &&
    MODIFIER.test(view.tokens[k]?.text ?? '')
  )
    k--;
  const pronoun = view.tokens[k]?.lower;
  if (pronoun !== 'its' && pronoun !== 'their') return [];
  // the subject as written: a speaker's words count (a cue's source is a sentence's subject too)
  const owners = leadActors(view, NOTHING_BLOCKED, k);
  const last = owners[owners.length - 1];
  if (!last || (pronoun === 'its' && owners.length !== 1)) return [];
  // "X condemned Y and its offensive": a party named between may be the one it points at
  for (let i = last.at + 1; i < k; i++)
    if (
      view.mentionAt
        .get(i)
        ?.some((m) => m.kind === 'actor' && m.span.start > (last.ref.span?.end ?? 0))
    )
      return [];
  return owners;
}
