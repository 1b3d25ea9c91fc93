import type { Sentence } from '../model/index.js';

/** A word or a punctuation mark with its UTF-16 offsets into the article's text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened: the key for dictionary look-ups. */
  key: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}/gu;

/** Normalises a word for look-up: lower case, no accents, straight apostrophes and hyphens. */
export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u2010-\u2014]/g, '-');
}

/**
 * `s.toLowerCase()`, without a new string where `s` has no capital (most words and all
 * punctuation): the hot loops lower-case every word, and the copies were a measurable part of
 * their time and garbage. Any character outside ASCII goes to `toLowerCase` itself, so the
 * result is the same for every string.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}

// Sticky twins of TOKEN's parts, for the rare code points outside ASCII.
const WORD_RUN = /[\p{L}\p{N}]+/uy;
const SPACE_AT = /\s/y;

// ASCII classes: 0 white space, 1 a lower-case letter or digit, 2 anything else, 3 a capital.
const SPACE_CLASS = 0;
const WORD_CLASS = 1;
const OTHER_CLASS = 2;
const CAPITAL_CLASS = 3;
const ASCII_CLASS = new Uint8Array(128).map((_, c) => {
  const ch = String.fromCharCode(c);
  if (/[A-Z]/.test(ch)) return CAPITAL_CLASS;
  if (/[a-z0-9]/.test(ch)) return WORD_CLASS;
  return /\s/.test(ch) ? SPACE_CLASS : OTHER_CLASS;
});

// `lower`: ASCII with no capital, its own key (most words: no case conversion to pay).
function token(text: string, start: number, end: number, ascii: boolean, lower: boolean): Token {
  const word = text.slice(start, end);
  const key = lower ? word : ascii ? word.toLowerCase() : keyOf(word);
  return { text: word, key, start, end };
}

// An ASCII word whose one capital is its first letter ("Russia"): its key is that letter in lower
// case and the rest as it stands. toLowerCase() on a slice of a text with curly quotes (a
// two-byte string) is a runtime call; the single-letter string and the join are not.
function capitalisedToken(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  const key = String.fromCharCode(text.charCodeAt(start) + 32) + text.slice(start + 1, end);
  return { text: word, key, start, end };
}

/**
 * Splits `text.slice(start, end)` into tokens with absolute offsets, as `TOKEN` would: runs of
 * letters and digits, and any other character but white space on its own. Scans char codes
 * (a regex iterator costs a match object per token); code points outside ASCII ask the regexes.
 */
export function tokenizeRange(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  // A start that cuts a code point in two: the slice's own reading.
  if (isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)))
    return tokenizeTail(text, start, end, out);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const cls = ASCII_CLASS[c];
      if (cls === SPACE_CLASS) {
        i++;
        continue;
      }
      if (cls === OTHER_CLASS) {
        out.push(token(text, i, i + 1, true, true));
        i++;
        continue;
      }
      const firstCapital = cls === CAPITAL_CLASS;
      // capitals after the first letter
      let innerCapitals = false;
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d >= 128) break;
        const dc = ASCII_CLASS[d];
        if (dc === CAPITAL_CLASS) innerCapitals = true;
        else if (dc !== WORD_CLASS) break;
        j++;
      }
      const capitals = firstCapital || innerCapitals;
      let ascii = true;
      if (j < end) {
        // A run may go on past ASCII ("Bogotá"); a curly apostrophe ends it.
        WORD_RUN.lastIndex = j;
        if (text.charCodeAt(j) >= 128 && WORD_RUN.test(text)) {
          if (WORD_RUN.lastIndex > end) return tokenizeTail(text, i, end, out);
          j = WORD_RUN.lastIndex;
          ascii = false;
        }
      }
      out.push(
        ascii && firstCapital && !innerCapitals
          ? capitalisedToken(text, i, j)
          : token(text, i, j, ascii, ascii && !capitals),
      );
      i = j;
      continue;
    }
    WORD_RUN.lastIndex = i;
    if (WORD_RUN.test(text)) {
      if (WORD_RUN.lastIndex > end) return tokenizeTail(text, i, end, out);
      const j = WORD_RUN.lastIndex;
      out.push(token(text, i, j, false, false));
      i = j;
      continue;
    }
    SPACE_AT.lastIndex = i;
    if (SPACE_AT.test(text)) {
      i++;
      continue;
    }
    const pair = isHighSurrogate(c) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1));
    const j = pair ? i + 2 : i + 1;
    out.push(token(text, i, j, false, false));
    i = j;
  }
  return out;
}

// A run that crosses `end` (a code point cut in two): the slice's own reading, as TOKEN gives it.
function tokenizeTail(text: string, start: number, end: number, out: Token[]): Token[] {
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const s = start + m.index;
    out.push(token(text, s, s + m[0].length, false, false));
  }
  return out;
}

/** Whether a UTF-16 code unit opens a surrogate pair. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether a UTF-16 code unit closes a surrogate pair. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Splits a dictionary phrase into token texts, as {@link tokenizeRange} would. */
export function phraseTokens(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => m[0]);
}

// Finders share a sentence's tokens: the sentence objects are the same for all of them. Only the
// article being read is kept (in a module-wide weak map every article's tokens outlived the
// young generation, and the garbage collector copied them out of it).
let articleTokens = { text: '', bySentence: new Map<Sentence, Token[]>() };

/** A sentence's tokens, tokenised once for all finders. */
export function tokenizeSentence(text: string, sentence: Sentence): Token[] {
  if (articleTokens.text !== text) articleTokens = { text, bySentence: new Map() };
  let tokens = articleTokens.bySentence.get(sentence);
  if (!tokens) {
    tokens = tokenizeRange(text, sentence.span.start, sentence.span.end);
    articleTokens.bySentence.set(sentence, tokens);
  }
  return tokens;
}

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** Whether a word starts with a letter. */
export function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(word);
}

/** Whether a word starts with a letter or a digit (a word token, not punctuation). */
export function startsWithWordChar(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) {
    const cls = ASCII_CLASS[c];
    return cls === WORD_CLASS || cls === CAPITAL_CLASS;
  }
  return WORD_CHAR.test(word);
}

const LETTER = /^\p{L}/u;
const WORD_CHAR = /^[\p{L}\p{N}]/u;

// How a dictionary word's capitals constrain the text: any case, a capital, or the same word.
const FIT_ANY = 0;
const FIT_CAPITAL = 1;
const FIT_EXACT = 2;

function fitOf(dictionaryWord: string): number {
  if (dictionaryWord.length >= 2 && ALL_UPPER.test(dictionaryWord) && /\p{L}/u.test(dictionaryWord))
    return FIT_EXACT;
  return UPPER.test(dictionaryWord) ? FIT_CAPITAL : FIT_ANY;
}

/**
 * Whether a text token may stand for a dictionary token: an all-capital dictionary word ("US",
 * "NATO") needs the same capitals, a capitalised one a capital, a lower-case one any case.
 */
export function tokenFits(dictionaryWord: string, textWord: string): boolean {
  const fit = fitOf(dictionaryWord);
  if (fit === FIT_EXACT) return textWord === dictionaryWord;
  if (fit === FIT_CAPITAL) return UPPER.test(textWord);
  return true;
}

interface TrieValue<T> {
  forms: string[];
  /** Per form, what {@link tokenFits} asks of the text, worked out once. */
  fits: number[];
  value: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: TrieValue<T>[];
}

/** A phrase found by {@link PhraseTrie.matchAt}: tokens `[from, to)` and what they name. */
export interface PhraseMatch<T> {
  from: number;
  to: number;
  values: T[];
}

function fits<T>(v: TrieValue<T>, tokens: Token[], from: number): boolean {
  for (let j = 0; j < v.forms.length; j++) {
    const fit = v.fits[j];
    if (fit === FIT_ANY) continue;
    const text = tokens[from + j]?.text ?? '';
    if (fit === FIT_EXACT ? text !== v.forms[j] : !isCapitalised(text)) return false;
  }
  return true;
}

/** Phrases over tokens: look-up costs one map step per token, whatever the dictionary's size. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  private readonly endNodes: TrieNode<T>[] = [];
  private readonly endTos: number[] = [];
  /**
   * Per ASCII code, whether some phrase's first key opens with it: a token that opens with any
   * other (punctuation, mostly: a fifth of a sentence's tokens) is answered without the look-up.
   */
  private readonly asciiStarts = new Uint8Array(128);
  size = 0;

  /** Adds a phrase; its words' capitals set what the text must show (see {@link tokenFits}). */
  add(phrase: string, value: T): void {
    const forms = phraseTokens(phrase);
    if (forms.length === 0) return;
    let node = this.root;
    for (const f of forms) {
      const k = keyOf(f);
      const first = k.charCodeAt(0);
      if (node === this.root && first < 128) this.asciiStarts[first] = 1;
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push({ forms, fits: forms.map(fitOf), value });
    this.size++;
  }

  /** The longest phrase starting at token `from` whose capitals fit, or null. */
  matchAt(tokens: Token[], from: number): PhraseMatch<T> | null {
    const key = tokens[from]?.key ?? '';
    const first = key.charCodeAt(0);
    if (first < 128 && this.asciiStarts[first] === 0) return null;
    let node = this.root.next.get(key);
    // Most tokens start no phrase: answer those without allocating.
    if (!node) return null;
    // The nodes along the path that end a phrase, in scratch arrays the trie keeps (one look-up
    // runs at a time): no allocation per look-up.
    const ends = this.endNodes;
    const tos = this.endTos;
    let count = 0;
    if (node.values.length > 0) {
      ends[count] = node;
      tos[count++] = from + 1;
    }
    for (let i = from + 1; i < tokens.length; i++) {
      const child: TrieNode<T> | undefined = node.next.get(tokens[i]?.key ?? '');
      if (!child) break;
      node = child;
      if (node.values.length > 0) {
        ends[count] = node;
        tos[count++] = i + 1;
      }
    }
    for (let e = count - 1; e >= 0; e--) {
      const end = ends[e];
      if (!end) continue;
      let values: T[] | null = null;
      // most phrases stand for one value: a literal allocates one slot, push() on [] seventeen
      for (const v of end.values)
        if (fits(v, tokens, from)) {
          if (values) values.push(v.value);
          else values = [v.value];
        }
      if (values) return { from, to: tos[e] ?? from + 1, values };
    }
    return null;
  }

  /** Longest matches left to right, not overlapping. */
  matchAll(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

/**
 * Whether a sentence is a headline in title case: of its words of four letters or more, at least
 * four, and over 70% of them, are capitalised. Not cached: a sentence is seldom asked twice (the
 * place rule asks where it has candidates, the name-part rule only where a state touches a
 * capitalised word), and a weak map's insertions cost more than the count.
 */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (!startsWithFourLetters(t.text)) continue;
    words++;
    if (isCapitalised(t.text)) capitals++;
  }
  return words >= 4 && capitals / words > 0.7;
}

const FOUR_LETTERS = /^\p{L}{4,}/u;

function startsWithFourLetters(word: string): boolean {
  if (word.length < 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return FOUR_LETTERS.test(word);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** Whether a UTF-16 code unit is one that `\s` matches (white space and line ends). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
