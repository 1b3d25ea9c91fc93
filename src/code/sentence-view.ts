import type { Annotated, Mention, Sentence, Span } from '../model/index.js';

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
}

const TOKEN =
  /[A-Za-z0-9\u00C0-\u024F]+(?:['’.-][A-Za-z0-9\u00C0-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u024F]/g;

/** Splits a span of the text into tokens with absolute offsets. */
export function tokenize(text: string, span: Span): Token[] {
  const piece = text.slice(span.start, span.end);
  const out: Token[] = [];
  for (const m of piece.matchAll(TOKEN)) {
    const start = span.start + m.index;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

// Used only when annotate supplied no sentences: a plain split on end punctuation and blank lines.
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’)]*|\n|$)/g;
  let paragraph = 0;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/\n\s*\n/.test(text.slice(Math.max(0, m.index - 2), m.index))) paragraph++;
    if (body.length === 0) continue;
    const start = m.index + lead;
    out.push({ span: { start, end: start + body.length }, text: body, paragraph });
  }
  return out;
}

/** Builds the views of all sentences of an annotated article. */
export function viewSentences(annotated: Annotated): SentenceView[] {
  const sentences =
    annotated.sentences.length > 0 ? annotated.sentences : splitSentences(annotated.text);
  const mentions = [...annotated.mentions].sort((a, b) => a.span.start - b.span.start);
  let cursor = 0;
  return sentences.map((sentence, index) => {
    const tokens = tokenize(annotated.text, sentence.span);
    while (cursor < mentions.length && (mentions[cursor]?.span.end ?? 0) <= sentence.span.start)
      cursor++;
    const inside: Mention[] = [];
    for (let i = cursor; i < mentions.length; i++) {
      const m = mentions[i];
      if (!m || m.span.start >= sentence.span.end) break;
      if (m.span.start >= sentence.span.start && m.span.end <= sentence.span.end) inside.push(m);
    }
    const mentionAt = new Map<number, Mention[]>();
    tokens.forEach((t, i) => {
      const covering = inside.filter((m) => m.span.start < t.end && m.span.end > t.start);
      if (covering.length > 0) mentionAt.set(i, covering);
    });
    return { index, sentence, tokens, mentions: inside, mentionAt };
  });
}

/** The token index at or after a character offset. */
export function tokenIndexAt(view: SentenceView, offset: number): number {
  const i = view.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? view.tokens.length : i;
}
