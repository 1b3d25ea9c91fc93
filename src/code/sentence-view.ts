import { BACKER_RULE, HOLDER_RULE } from '../annotate/actors/drop-hyphen-compounds.js';
import { RELATED_RULE } from '../annotate/actors/mark-relation-possessors.js';
import { isSpaceCode } from '../annotate/mention-utils.js';
import { isAdverbAfterAnd } from '../annotate/english/closed-class.js';
import type { SentenceSyntax } from '../annotate/syntax/find-clauses.js';
import type { ActorMention, Annotated, Mention, Sentence, Span } from '../model/index.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A sentence with its tokens and the mentions inside it, for the rules to read. */
export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** Token index -> mentions that cover it. */
  mentionAt: Map<number, Mention[]>;
  /** The sentence is (part of) the article's title, repeated in its text. */
  headline?: boolean;
  /** The article's first sentence after its title (the lede), which sums up its news. */
  lede?: boolean;
  /** States named as backers ("Xia-backed"): kept out of `mentions`, no role search sees them. */
  backers?: ActorMention[];
  /** States named as holders ("Xia-held towns"): kept out of `mentions`, read by infer-holder-target. */
  holders?: ActorMention[];
  /** What the rules work out about the sentence on first use, kept for the article's later rules. */
  memo: ViewMemo;
}

/**
 * Per-sentence results the rules compute once and share. Held by the view, not in module-wide
 * weak maps: they go with the article, and the garbage collector need not track them apart.
 */
export interface ViewMemo {
  /** The tagged words, their phrases and clauses (`syntaxOf`). */
  syntax: SentenceSyntax | undefined;
  /** Token indexes of scare quotes and short bracketed asides (role search). */
  scare: Set<number> | undefined;
}

// Tokens: runs of letters and digits (Latin with accents) joined by an apostrophe, full stop or
// hyphen ("U.S.", "don't", "Kim-Jong"), and every other character but white space on its own.
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f)
  );
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** Splits a span of the text into tokens with absolute offsets (a char-code scan: no match objects). */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const n = span.end;
  let i = span.start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    // ASCII with no capital is its own lower case: most words need no case mapping
    let plain = c < 128 && (c < 65 || c > 90);
    if (isWordChar(c)) {
      for (;;) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (!isWordChar(d)) break;
          if (d >= 65 && (d <= 90 || d >= 128)) plain = false;
        }
        // a joiner continues the word only when a letter or digit follows it
        const joiner = text.charCodeAt(j);
        if (j + 1 >= n || !isJoiner(joiner) || !isWordChar(text.charCodeAt(j + 1))) break;
        if (joiner >= 128) plain = false;
        j++;
      }
    }
    const word = text.slice(i, j);
    out.push({ text: word, lower: plain ? word : word.toLowerCase(), start: i, end: j });
    i = j;
  }
  return out;
}

const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Rep|Sen|Gov|Pres|St|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|approx))\.$/;

// Used only when annotate supplied no sentences: end punctuation before a capital, not after an
// abbreviation ("U.S.", "Gen."), and paragraph breaks.
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0)
      out.push({
        span: { start: start + lead, end: start + lead + body.length },
        text: body,
        paragraph,
      });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      if (/^\n\s*\n/.test(text.slice(i, i + 3)) || text[i + 1] === '\n') paragraph++;
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["”’)\]]/.test(text[j] ?? '')) j++;
    if (!/\s/.test(text[j] ?? '')) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k] ?? '')) k++;
    if (k < text.length && !/["“‘(A-Z0-9\n]/.test(text[k] ?? '')) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}

function firstTokenEndingAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? Infinity) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

// The characters of a text that are not white space: no squeezed form of it is shorter.
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

// A title shorter than this is a label ("Live", "World"), not a headline that tells an event.
const SHORTEST_HEADLINE = 20;

/** Builds the views of all sentences of an annotated article. */
export function viewSentences(annotated: Annotated): SentenceView[] {
  const sentences =
    annotated.sentences.length > 0 ? annotated.sentences : splitSentences(annotated.text);
  const title = annotated.title ? squeeze(annotated.title) : '';
  const mentions = [...annotated.mentions].sort((a, b) => a.span.start - b.span.start);
  let cursor = 0;
  const views: SentenceView[] = sentences.map((sentence, index) => {
    const tokens = tokenize(annotated.text, sentence.span);
    while (cursor < mentions.length && (mentions[cursor]?.span.end ?? 0) <= sentence.span.start)
      cursor++;
    const inside: Mention[] = [];
    const backers: ActorMention[] = [];
    const holders: ActorMention[] = [];
    for (let i = cursor; i < mentions.length; i++) {
      const m = mentions[i];
      if (!m || m.span.start >= sentence.span.end) break;
      if (m.span.start < sentence.span.start || m.span.end > sentence.span.end) continue;
      if (m.kind === 'actor' && m.ruleId === BACKER_RULE) backers.push(m);
      // "Xia's closest ally": Xia is no party to what the phrase does
      else if (m.kind === 'actor' && m.ruleId === RELATED_RULE) continue;
      else if (m.kind === 'actor' && m.ruleId === HOLDER_RULE) holders.push(m);
      else inside.push(m);
    }
    // each mention marks the tokens it covers (in mention order, as a per-token filter would)
    const mentionAt = new Map<number, Mention[]>();
    for (const m of inside) {
      for (let i = firstTokenEndingAfter(tokens, m.span.start); i < tokens.length; i++) {
        const t = tokens[i];
        if (!t || t.start >= m.span.end) break;
        const list = mentionAt.get(i);
        if (list) list.push(m);
        else mentionAt.set(i, [m]);
      }
    }
    // no title that long, no headline: most articles skip squeezing every sentence; nor can a
    // sentence with more visible characters than the title lie inside it
    const text =
      title.length >= SHORTEST_HEADLINE && visibleLength(sentence.text) <= title.length
        ? squeeze(sentence.text)
        : '';
    const headline = text.length >= SHORTEST_HEADLINE && title.includes(text);
    // the memo with all its fields, unset: filled in any order, it keeps one shape
    const memo: ViewMemo = { syntax: undefined, scare: undefined };
    return {
      index,
      sentence,
      tokens,
      mentions: inside,
      mentionAt,
      headline,
      backers,
      holders,
      memo,
    };
  });
  const lede = views.find((v) => v.headline !== true);
  if (lede) lede.lede = true;
  return views;
}

/**
 * Whether the sentence holds an actor mention: the role readers find parties only among these,
 * so without one they answer "none" before tagging the sentence.
 */
export function namesParty(view: SentenceView): boolean {
  for (const m of view.mentions) if (m.kind === 'actor') return true;
  return false;
}

/** The token index at or after a character offset. */
export function tokenIndexAt(view: SentenceView, offset: number): number {
  return firstTokenEndingAfter(view.tokens, offset);
}

// The conjunctions that join a second verb to the first one's subject ("condemned the strikes
// but denied ...").
const VERB_COORDINATORS = new Set(['and', 'but']);

/**
 * The index of an "and" or "but" right before token `index`, with only adverbs between ("and
 * later said", "but also accused"), or -1: the verb at `index` shares the subject of the verb
 * before the conjunction.
 */
export function coordinatorBefore(tokens: readonly Token[], index: number): number {
  let k = index - 1;
  while (k >= 0 && isAdverbAfterAnd(tokens[k]?.lower ?? '')) k--;
  return VERB_COORDINATORS.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** Whether token `k` is the comma inside a figure ("3,000": digits on both sides, no space). */
export function commaInFigure(tokens: readonly Token[], k: number): boolean {
  const [before, comma, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return (
    comma?.lower === ',' &&
    /\d$/.test(before?.lower ?? '') &&
    /^\d/.test(after?.lower ?? '') &&
    before?.end === comma.start &&
    comma.end === after?.start
  );
}
