import type { Article, Sentence, Span } from '../../model/index.js';
import { isAbbreviationStop } from './abbreviations.js';

// Char codes, tested one by one: a regex per character cost more than the rest of the split.
// Closing quotes and brackets stay with the sentence they end.
const CLOSER = new Set([0x22, 0x27, 0x2019, 0x201d, 0x29, 0x5d, 0xbb]);
// What may open a new sentence: a capital, a digit, an opening quote or bracket.
const OPENER = /[\p{Lu}\p{Nd}"'\u2018\u201C([\u00AB]/u;
const SPACE = /\s/;

// End marks: . ! ? and the ellipsis.
function isEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

function isCloser(text: string, i: number): boolean {
  return CLOSER.has(text.charCodeAt(i));
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && SPACE.test(text[i] ?? '');
}

/**
 * Splits an article into sentences, never across a paragraph boundary. Spans are UTF-16 offsets
 * into `article.text`, trimmed of surrounding white space.
 *
 * @example
 * splitSentences(article).map((s) => s.text); // ['U.S. officials met.', 'Talks ended.']
 */
export function splitSentences(article: Pick<Article, 'text' | 'paragraphs'>): Sentence[] {
  const { text } = article;
  const paragraphs: Span[] =
    article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: text.length }];
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const start = Math.max(0, Math.min(p.start, text.length));
    const end = Math.max(start, Math.min(p.end, text.length));
    for (const span of splitParagraph(text, start, end)) {
      out.push({ span, text: text.slice(span.start, span.end), paragraph });
    }
  });
  return out;
}

// The end marks of isEnd: the regex engine finds the next one faster than a loop over char codes.
const END_MARK = /[.!?\u2026]/g;

/** Sentence spans inside `[from, to)` of `text`. */
function splitParagraph(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    END_MARK.lastIndex = i;
    if (!END_MARK.test(text)) break;
    i = END_MARK.lastIndex - 1;
    if (i >= to) break;
    // A run of end marks ("?!", "...") ends together; closers follow it.
    let j = i + 1;
    while (j < to && isEnd(text, j)) j++;
    while (j < to && isCloser(text, j)) j++;
    if (j < to && !isSpace(text, j)) {
      if (isGluedBoundary(text, i, j, to)) {
        pushTrimmed(text, start, j, spans);
        start = j;
      }
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < to && isSpace(text, k)) k++;
    if (k < to && !isBoundary(text, i, j, k)) {
      i = j - 1;
      continue;
    }
    pushTrimmed(text, start, j, spans);
    start = j;
    i = j - 1;
  }
  pushTrimmed(text, start, to, spans);
  return spans;
}

/** Whether the end mark at `mark` (ending at `after`) ends a sentence whose successor starts at `next`. */
function isBoundary(text: string, mark: number, after: number, next: number): boolean {
  if (!OPENER.test(text[next] ?? '')) return false;
  // A single period right after a word: an abbreviation or an initial may keep the sentence open.
  if (text[mark] === '.' && text[mark - 1] !== '.' && after === mark + 1) {
    return !isAbbreviationStop(text, mark, next);
  }
  return true;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * "…as rumors.An official said": pages that drop the space between paragraphs glue sentences
 * together. A full stop between a lower-case word and a capitalised one ("rumors.An") ends a
 * sentence; initialisms ("U.S.A"), domains ("example.com") and abbreviations do not.
 */
function isGluedBoundary(text: string, mark: number, after: number, to: number): boolean {
  if (text.charCodeAt(mark) !== 0x2e || after !== mark + 1 || after + 1 >= to) return false;
  if (!isLowerAscii(text.charCodeAt(mark - 1)) || !isLowerAscii(text.charCodeAt(mark - 2)))
    return false;
  if (!isUpperAscii(text.charCodeAt(after)) || !isLowerAscii(text.charCodeAt(after + 1)))
    return false;
  let end = after + 1;
  while (end < to && isLowerAscii(text.charCodeAt(end))) end++;
  const word = text.slice(after, end);
  // a short capitalised word after a dot is a web address's ending ("News.Az") unless it opens sentences
  if (word.length <= 2 ? !SHORT_OPENERS.has(word) : WEB_ENDINGS.has(word)) return false;
  return !isAbbreviationStop(text, mark, after);
}

const SHORT_OPENERS = new Set([
  'An',
  'As',
  'At',
  'By',
  'He',
  'If',
  'In',
  'It',
  'No',
  'On',
  'So',
  'We',
]);
const WEB_ENDINGS = new Set(['Com', 'Net', 'Org', 'Gov', 'Edu', 'Info']);

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (end > start) spans.push({ start, end });
}
