/** The words of a figure's phrase: what stands after a number, up to the end of its clause. */
import { lowerCase } from '../mention-utils.js';

export interface Word {
  text: string;
  start: number;
  end: number;
}

// A word: /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*/, read by char codes (a regex match costs an array).
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// What may follow a word's first letter: letters, ' ’ and -.
function inLetterWord(c: number): boolean {
  return isAsciiLetter(c) || c === 39 || c === 0x2019 || c === 45;
}

// What may follow a number's first digit: digits, , and .
function inNumberWord(c: number): boolean {
  return isDigit(c) || c === 44 || c === 46;
}

/** Where the first word at or after `from` starts, or -1. */
function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c) || isDigit(c)) return i;
  }
  return -1;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  const goesOn = isDigit(text.charCodeAt(start)) ? inNumberWord : inLetterWord;
  let end = start + 1;
  while (end < text.length && goesOn(text.charCodeAt(end))) end++;
  return end;
}

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
  const out: Word[] = [];
  let prevEnd = from;
  while (out.length < limit) {
    const start = nextWordStart(text, prevEnd);
    if (start < 0 || holdsBreak(text, prevEnd, start)) break;
    const end = wordEnd(text, start);
    if (end > to) break;
    // most words are lower case already: toLowerCase() on a slice of a text with curly quotes (a
    // two-byte string) is a runtime call
    out.push({ text: lowerCase(text.slice(start, end)), start, end });
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
