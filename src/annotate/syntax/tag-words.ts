import { createRequire } from 'node:module';
import { loadWinkModel } from './wink-model.js';
/** A word as the tagger read it: universal part of speech, lemma and offsets into the text. */
export interface TaggedWord {
  text: string;
  lower: string;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADP, PART, PRON, DET, SCONJ, CCONJ, PUNCT...). */
  pos: string;
  lemma: string;
  start: number;
  end: number;
}

interface WinkItems {
  out: (what: unknown) => unknown[];
}
interface WinkDoc {
  tokens: () => WinkItems;
}
interface Wink {
  readDoc: (text: string) => WinkDoc;
  its: { value: unknown; pos: unknown; lemma: unknown };
}

let tagger: Wink | undefined;

// The model weighs some 10 MB: loaded on the first sentence that needs it, and once.
function loadTagger(): Wink {
  if (!tagger) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    tagger = winkNLP(loadWinkModel(), ['pos']);
  }
  return tagger;
}

/**
 * `s.toLowerCase()`, without a new string where `s` has no capital (most words and all
 * punctuation): a sentence's words are lower-cased twice each (word and lemma), and the copies
 * were a measurable part of tagging and its garbage. Any character outside ASCII goes to
 * `toLowerCase` itself, so the result is the same for every string.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}

/**
 * Tags the words of a text (a sentence) with the trained tagger (wink-eng-lite-web-model): part
 * of speech and lemma, each word with its offsets into the text plus `offset` (the sentence's
 * start in its article).
 *
 * @example
 * tagWords('Freedonia sent troops.')[1]; // { text: 'sent', pos: 'VERB', lemma: 'send', start: 10, ... }
 */
export function tagWords(part: string, offset = 0): TaggedWord[] {
  const nlp = loadTagger();
  const tokens = nlp.readDoc(part).tokens();
  const values = tokens.out(nlp.its.value) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  const lemmas = tokens.out(nlp.its.lemma) as string[];
  const out: TaggedWord[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = part.indexOf(value, cursor);
    // a token the tagger rewrote (expanded contractions) keeps its place after the last one
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    cursor = end;
    const lower = lowerCase(value);
    out.push({
      text: value,
      lower,
      pos: tags[i] ?? 'X',
      lemma: lowerCase(lemmas[i] ?? lower),
      start: offset + start,
      end: offset + end,
    });
  }
  return out;
}
