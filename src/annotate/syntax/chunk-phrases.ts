import type { TaggedWord } from './tag-words.js';
import { NOMINATIVE, PERSONAL, POSSESSIVE, RELATIVES } from '../english/closed-class.js';
import { REPORTING, TIME_WORDS } from './english.js';

/** A noun phrase: word range, its head (the last noun) and the preposition that governs it. */
export interface Phrase {
  first: number;
  last: number;
  head: number;
  prep: string | null;
}

// Parts of speech of a noun phrase's words, and of its head. Comparisons, not sets: they run at
// nearly every word of every sentence tagged, and a tag is one of a few constant strings.
function isNominal(pos: string | undefined): boolean {
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'DET' || pos === 'ADJ' || pos === 'NUM';
}
function isHead(pos: string | undefined): boolean {
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM';
}

function isPossessiveMark(w: TaggedWord | undefined): boolean {
  return w !== undefined && (w.lower === "'s" || w.lower === '’s' || w.lower === "'");
}

/** Whether word `i` is the first part of a hyphen compound ("war-torn", "re-open"). */
export function isHyphenated(words: TaggedWord[], i: number): boolean {
  const w = words[i];
  const dash = words[i + 1];
  const next = words[i + 2];
  return w !== undefined && dash?.text === '-' && dash.start === w.end && next?.start === dash.end;
}

// Reflexives that stress the noun phrase right before them ("the president himself").
const INTENSIVE = new Set(['itself', 'themselves', 'himself', 'herself']);

// One base chunk from `i`: determiners, adjectives, numbers and nouns, with "X's" and hyphens
// inside; a personal pronoun stands alone unless it is a possessive that opens the phrase.
function baseChunk(words: TaggedWord[], i: number): Phrase | null {
  const w = words[i];
  if (!w) return null;
  if (RELATIVES.has(w.lower)) return null;
  if (w.pos === 'PRON' && !POSSESSIVE.has(w.lower))
    return { first: i, last: i, head: i, prep: null };
  if (
    !isNominal(w.pos) &&
    !(w.pos === 'PRON' && POSSESSIVE.has(w.lower)) &&
    !isHyphenated(words, i)
  )
    return null;
  let j = i;
  let head = isHead(w.pos) ? i : -1;
  for (;;) {
    const next = words[j + 1];
    if (!next) break;
    // "on Monday that soldiers": "that" after a full phrase opens a clause
    if (head >= 0 && RELATIVES.has(next.lower)) break;
    // "an agreement today": a time word after a full phrase is a phrase of its own
    if (head >= 0 && TIME_WORDS.has(next.lower) && words[j]?.pos !== 'DET') break;
    if (isNominal(next.pos) || (isPossessiveMark(next) && head >= 0)) {
      j++;
      if (isHead(next.pos)) head = j;
      continue;
    }
    // "Kim Jong-un", "short-range": a hyphen between two words joins them
    const joined = words[j + 2];
    if (next.text === '-' && joined && joined.pos !== 'PUNCT' && joined.start === next.end) {
      j += 2;
      if (isHead(words[j]?.pos)) head = j;
      continue;
    }
    // "an immediate and unconditional ceasefire": adjectives joined by "and", "or" or a comma
    // before the noun they share
    if (
      head < 0 &&
      words[j]?.pos === 'ADJ' &&
      (next.lower === 'and' || next.lower === 'or' || next.text === ',') &&
      words[j + 2]?.pos === 'ADJ'
    ) {
      j += 2;
      continue;
    }
    // "armed groups", "the deployed troops": a participle between a determiner or adjective and a noun
    const open = head < 0 || words[j]?.pos === 'ADJ';
    const after = words[j + 2]?.pos;
    if (open && next.pos === 'VERB' && (after === 'NOUN' || after === 'PROPN')) {
      j += 2;
      head = j;
      continue;
    }
    // "the Republic of Korea (DPRK)": a short aside in brackets belongs to the phrase
    if (next.text === '(' && head >= 0) {
      const close = words.findIndex((x, k) => k > j + 1 && k <= j + 5 && x.text === ')');
      if (close > 0) {
        j = close;
        continue;
      }
    }
    break;
  }
  if (head < 0) return null;
  // "M23 itself has been": a reflexive right after a noun phrase stresses it, inside the phrase
  if (words[head]?.pos !== 'PRON' && INTENSIVE.has(words[j + 1]?.lower ?? '')) j++;
  return { first: i, last: j, head, prep: null };
}

/**
 * Noun phrases of a sentence, each with the preposition before it: base chunks, joined over "of"
 * ("troops of Freedonia") and over "and" or a list comma when a noun phrase follows ("Freedonia
 * and Sylvania"). Returns the phrases in order and, per word, the phrase it lies in.
 */
export function chunkPhrases(words: TaggedWord[]): { phrases: Phrase[]; at: number[] } {
  const phrases: Phrase[] = [];
  for (let i = 0; i < words.length;) {
    const chunk = baseChunk(words, i);
    if (!chunk) {
      i++;
      continue;
    }
    const prev = phrases[phrases.length - 1];
    const gap = prev ? joiningGap(words, prev.last + 1, chunk.first) : null;
    const joins =
      prev !== undefined &&
      (gap === 'of' ||
        ((gap === 'and' || gap === ',' || gap === ', and') &&
          !PERSONAL.has(words[chunk.first]?.lower ?? '') &&
          !(isSubjectOfVerb(words, chunk) && isAfterVerb(words, prev)) &&
          !(gap === ',' && speaksInAside(words, chunk))));
    if (joins && prev) {
      // "troops of Freedonia": the head stays the first noun; "X and Y": the last
      if (gap !== 'of') prev.head = chunk.head;
      prev.last = chunk.last;
    } else {
      const before = words[chunk.first - 1];
      const nominative = NOMINATIVE.has(words[chunk.first]?.lower ?? '');
      chunk.prep =
        before && !nominative && (before.pos === 'ADP' || before.lower === 'to')
          ? before.lower
          : null;
      phrases.push(chunk);
    }
    i = chunk.last + 1;
  }
  // a plain array: a typed array costs a buffer of its own, and findClauses makes one per
  // sentence (its allocation was a tenth of the clause finder's time)
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) at.push(-1);
  phrases.forEach((p, k) => {
    for (let i = p.first; i <= p.last; i++) at[i] = k;
  });
  return { phrases, at };
}

// The words from `from` to `to` (exclusive), lower case and joined by spaces, where they may join
// two phrases ("of", "and", ",", ", and"): one word as it is, two only as ", and"; null for a
// longer gap or two other words (their text, with its space, is none of the joining ones). No
// string is built: this runs between every two chunks of every sentence tagged.
function joiningGap(words: TaggedWord[], from: number, to: number): string | null {
  if (to - from > 2) return null;
  if (to <= from) return '';
  const first = words[from]?.lower ?? '';
  if (to - from === 1) return first;
  return first === ',' && words[from + 1]?.lower === 'and' ? ', and' : null;
}

// "X attacked Y and Z fired": an object, then a phrase with a finite verb after it, which starts
// a new clause ("Freedonia and Sylvania signed" stays one subject).
function isAfterVerb(words: TaggedWord[], p: Phrase): boolean {
  const before = words[p.first - 1];
  return (
    before !== undefined && (before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'ADP')
  );
}

function isSubjectOfVerb(words: TaggedWord[], chunk: Phrase): boolean {
  const next = words[chunk.last + 1];
  return (
    next !== undefined &&
    (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')))
  );
}

// The most words between a reporting verb and the comma that closes its aside ("said on Tuesday").
const ASIDE_TAIL = 6;

/**
 * "Yian troops, Xia said, shelled the camp": a phrase after a comma that is the subject of a
 * reporting verb closed off by a second comma is the speaker of an aside, not the next item of a
 * list. Between the verb and that comma stand only words of no other verb ("said on Tuesday").
 */
export function speaksInAside(words: TaggedWord[], chunk: Phrase): boolean {
  let k = chunk.last + 1;
  while (words[k]?.pos === 'ADV') k++;
  const verb = words[k];
  if (!verb || verb.pos !== 'VERB' || !REPORTING.has(verb.lemma)) return false;
  for (let j = k + 1; j <= k + 1 + ASIDE_TAIL && j < words.length; j++) {
    const w = words[j];
    if (!w || w.pos === 'VERB' || w.pos === 'AUX' || w.lower === 'that') return false;
    if (w.text === ',') return true;
  }
  return false;
}
