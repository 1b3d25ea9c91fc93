import { lowerCase } from '../mention-utils.js';
import { tagText } from './wink-tagger.js';
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

/** A sentence to tag: its text and its start in the article. */
export interface SentencePart {
  text: string;
  offset: number;
}

/**
 * What stands between sentences tagged in one call (`tagSentences`): a blank line, which the
 * tagger reads as one token of its own, "\n\n" (SPACE, with no hint). No pattern of the
 * tagger's POS machines reads a SPACE token, nor the end of the text: every match stops at the
 * separator as it stops at the end of a sentence tagged alone, and the next sentence is read from
 * the machines' start, as alone. test/annotate/tag-words.test.ts checks these properties of the
 * pinned wink-nlp and its model (internals: an upgrade must pass that test again).
 */
export const SEPARATOR = '\n\n';

// A text tagged in one call with others must not run into the separator: a line break, tab or
// carriage return in it (or at its ends) would join the separator's token. Such a text, and an
// empty one, is tagged alone.
const JOINS_SEPARATOR = /[\n\r\t]/;

/**
 * Tags the words of a text (a sentence) with the trained tagger (wink-eng-lite-web-model): part
 * of speech and lemma, each word with its offsets into the text plus `offset` (the sentence's
 * start in its article).
 *
 * @example
 * tagWords('Freedonia sent troops.')[1]; // { text: 'sent', pos: 'VERB', lemma: 'send', start: 10, ... }
 */
export function tagWords(part: string, offset = 0): TaggedWord[] {
  return tagRun([{ text: part, offset }])[0] ?? [];
}

/**
 * Tags several sentences, each as `tagWords` tags it alone, with as few calls to the tagger as
 * their texts allow: the sentences run in order, joined by `SEPARATOR` (each call costs some
 * microseconds of its own, besides its words). The sentences are read in the order given, as
 * calls one by one would read them: the tagger's lexicon grows with new words as it reads, and
 * the order it meets them in is kept.
 */
export function tagSentences(parts: readonly SentencePart[]): TaggedWord[][] {
  const out: TaggedWord[][] = [];
  let run: SentencePart[] = [];
  for (const part of parts) {
    if (part.text.length > 0 && !JOINS_SEPARATOR.test(part.text)) {
      run.push(part);
      continue;
    }
    if (run.length > 0) out.push(...tagRun(run));
    run = [];
    out.push(...tagRun([part]));
  }
  if (run.length > 0) out.push(...tagRun(run));
  return out;
}

// Tags sentences joined by the separator in one call (one sentence: alone, as it is); each
// word's offsets are found in its own sentence only, as in the sentence tagged alone.
function tagRun(parts: readonly SentencePart[]): TaggedWord[][] {
  const text =
    parts.length === 1 ? (parts[0]?.text ?? '') : parts.map((p) => p.text).join(SEPARATOR);
  const { values, tags, lemmas } = tagText(text);
  const out: TaggedWord[][] = [];
  let k = 0;
  let words: TaggedWord[] = [];
  let from = 0; // the sentence's start in `text`
  let to = parts[0]?.text.length ?? 0; // and its end
  let offset = parts[0]?.offset ?? 0;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // the separator's token (a joined text holds no other line break) ends the sentence
    if (k < parts.length - 1 && value === SEPARATOR) {
      out.push(words);
      words = [];
      k++;
      from = to + SEPARATOR.length;
      to = from + (parts[k]?.text.length ?? 0);
      offset = parts[k]?.offset ?? 0;
      cursor = from;
      continue;
    }
    const found = text.indexOf(value, cursor);
    const at = found < 0 || found + value.length > to ? -1 : found;
    // a token the tagger rewrote (expanded contractions) keeps its place after the last one
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    cursor = end;
    const lower = lowerCase(value);
    words.push({
      text: value,
      lower,
      pos: tags[i] ?? 'X',
      lemma: lowerCase(lemmas[i] ?? lower),
      start: offset + start - from,
      end: offset + end - from,
    });
  }
  out.push(words);
  // (every separator gives its token: a sentence is never missing, this only keeps the type)
  while (out.length < parts.length) out.push([]);
  return out;
}
