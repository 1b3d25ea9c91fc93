import type { FoundActor } from './role-search.js';
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
