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

/** Splits `text.slice(start, end)` into tokens with absolute offsets. */
export function tokenizeRange(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const piece = text.slice(start, end);
  for (const m of piece.matchAll(TOKEN)) {
    const s = start + m.index;
    out.push({ text: m[0], key: keyOf(m[0]), start: s, end: s + m[0].length });
  }
  return out;
}

/** Splits a dictionary phrase into token texts, as {@link tokenizeRange} would. */
export function phraseTokens(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => m[0]);
}

// Finders share a sentence's tokens: the sentence objects are the same for all of them.
const tokenCache = new WeakMap<Sentence, { text: string; tokens: Token[] }>();

/** A sentence's tokens, tokenised once for all finders. */
export function tokenizeSentence(text: string, sentence: Sentence): Token[] {
  const hit = tokenCache.get(sentence);
  if (hit && hit.text === text) return hit.tokens;
  const tokens = tokenizeRange(text, sentence.span.start, sentence.span.end);
  tokenCache.set(sentence, { text, tokens });
  return tokens;
}

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return UPPER.test(word);
}

/**
 * Whether a text token may stand for a dictionary token: an all-capital dictionary word ("US",
 * "NATO") needs the same capitals, a capitalised one a capital, a lower-case one any case.
 */
export function tokenFits(dictionaryWord: string, textWord: string): boolean {
  if (dictionaryWord.length >= 2 && ALL_UPPER.test(dictionaryWord) && /\p{L}/u.test(dictionaryWord))
    return textWord === dictionaryWord;
  if (UPPER.test(dictionaryWord)) return UPPER.test(textWord);
  return true;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: { forms: string[]; value: T }[];
}

/** A phrase found by {@link PhraseTrie.matchAt}: tokens `[from, to)` and what they name. */
export interface PhraseMatch<T> {
  from: number;
  to: number;
  values: T[];
}

/** Phrases over tokens: look-up costs one map step per token, whatever the dictionary's size. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  size = 0;

  /** Adds a phrase; its words' capitals set what the text must show (see {@link tokenFits}). */
  add(phrase: string, value: T): void {
    const forms = phraseTokens(phrase);
    if (forms.length === 0) return;
    let node = this.root;
    for (const f of forms) {
      const k = keyOf(f);
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push({ forms, value });
    this.size++;
  }

  /** The longest phrase starting at token `from` whose capitals fit, or null. */
  matchAt(tokens: Token[], from: number): PhraseMatch<T> | null {
    const ends: { to: number; node: TrieNode<T> }[] = [];
    let node = this.root;
    for (let i = from; i < tokens.length; i++) {
      const child = node.next.get(tokens[i]?.key ?? '');
      if (!child) break;
      node = child;
      if (node.values.length > 0) ends.push({ to: i + 1, node });
    }
    for (let e = ends.length - 1; e >= 0; e--) {
      const end = ends[e];
      if (!end) continue;
      const values = end.node.values
        .filter((v) => v.forms.every((f, j) => tokenFits(f, tokens[from + j]?.text ?? '')))
        .map((v) => v.value);
      if (values.length > 0) return { from, to: end.to, values };
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
