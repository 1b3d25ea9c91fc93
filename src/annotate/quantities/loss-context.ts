import type { UnitEntry, UnitIndex } from './load-units.js';
import { startsWords, wordsAfter, wordsBefore } from './phrase-words.js';
import { BE_FINITE, HAVE_FINITE } from '../english/closed-class.js';

// Words that may stand between a count of people and what befell them ("50 soldiers are
// believed to have been killed"); any other word ends the search.
const LINKING = new Set([
  'have',
  'has',
  'had',
  'been',
  'were',
  'was',
  'are',
  'is',
  'being',
  'already',
  'reportedly',
  'reported',
  'believed',
  'thought',
  'said',
  'to',
  'now',
  'also',
  'all',
  'who',
  'later',
]);

const isLoss = (e: UnitEntry): boolean => e.kind === 'losses';

// A short modifier may stand between the count and its verb ("100 soldiers stationed in the
// north have been killed", "three sailors aboard the boat were injured"), unless it opens a
// clause of its own.
const FINITE = new Set<string>([...BE_FINITE, ...HAVE_FINITE]);
const CLAUSE = new Set(['and', 'but', 'or', 'which', 'while', 'whereas', 'after', 'before']);
const MAX_MODIFIER = 4;
// Words read after a count: the modifier, the linking words and a loss of up to three words
// ("2,000 soldiers from the north had already been killed or wounded").
const WORDS_AFTER = 14;

/** Where the verb phrase after a count starts: past a short modifier, else right after it. */
function verbStart(after: readonly { text: string }[]): number {
  for (let j = 0; j < after.length && j <= MAX_MODIFIER; j++) {
    const w = after[j]!.text;
    if (FINITE.has(w)) return j;
    if (CLAUSE.has(w)) return 0;
  }
  return 0;
}

/**
 * The loss a count of people states, from the words around it: after the unit, past a short
 * modifier ("100 soldiers were killed", "40 sailors aboard the boat were hurt", "1,100 soldiers have been killed or wounded", "26 tourists dead") or as the
 * verb just before the figure ("killing at least 31 people", "captured two soldiers"). Null
 * when neither says one: "10,000 troops were deployed" stays a troop count.
 */
export function lossAround(
  text: string,
  figureStart: number,
  unitEnd: number,
  units: UnitIndex,
): string | null {
  const after = wordsAfter(text, unitEnd, WORDS_AFTER);
  let i = verbStart(after);
  while (i < after.length && LINKING.has(after[i]!.text)) i++;
  for (const cand of units.byFirstWord.get(after[i]?.text ?? '') ?? [])
    if (isLoss(cand.entry) && startsWords(after, i, cand.words)) return cand.entry.unit;
  const before = wordsBefore(text, figureStart, 3);
  const last = before[before.length - 1]?.text ?? '';
  for (const cand of units.verbsByLastWord.get(last) ?? [])
    if (startsWords(before, before.length - cand.words.length, cand.words)) return cand.entry.unit;
  return null;
}
