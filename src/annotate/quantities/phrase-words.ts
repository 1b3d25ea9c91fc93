/** The words of a figure's phrase: what stands after a number, up to the end of its clause. */

export interface Word {
  text: string;
  start: number;
  end: number;
}

// One regex for all calls (a literal in the function is a new object per call).
const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*/g;

/** Whether `text[from, to)` holds a mark that ends a figure's phrase: . ; : ! ? ( ) */
export function holdsBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41)
      return true;
  }
  return false;
}

/**
 * Up to `limit` lower-case words from `from`, stopping at a clause break, and before the first
 * word that ends past `to` (the end of the text unless given).
 */
export function wordsAfter(
  text: string,
  from: number,
  limit: number,
  to: number = text.length,
): Word[] {
  WORD.lastIndex = from;
  const out: Word[] = [];
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = WORD.exec(text))) {
    if (holdsBreak(text, prevEnd, m.index)) break;
    const end = m.index + m[0].length;
    if (end > to) break;
    out.push({ text: m[0].toLowerCase(), start: m.index, end });
    prevEnd = end;
  }
  return out;
}

/** Up to `limit` lower-case words just before `to`, nearest last, within its clause. */
export function wordsBefore(text: string, to: number, limit: number): Word[] {
  let from = Math.max(0, to - 60);
  for (let i = to - 1; i >= from; i--)
    if (holdsBreak(text, i, i + 1)) {
      from = i + 1;
      break;
    }
  // Words end in order: those that end by `to` come first, so the scan stops at the first that
  // does not (it went on to 30 words past `to`, all of them dropped).
  return wordsAfter(text, from, 30, to).slice(-limit);
}

/** Whether `words` from `at` read `phrase`: a loop, not every(), to spare a closure per test. */
export function startsWords(
  words: readonly Word[],
  at: number,
  phrase: readonly string[],
): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k]?.text !== phrase[k]) return false;
  return true;
}
