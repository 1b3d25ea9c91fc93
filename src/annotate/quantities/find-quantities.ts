import type { QuantityMention, QuantityQualifier } from '../../model/index.js';
import { loadUnitIndex, type UnitIndex } from './load-units.js';
import { NUMBER_WORD_PATTERN, parseNumber } from './parse-number.js';

const QUALIFIERS: [RegExp, QuantityQualifier][] = [
  [/^(?:up to|as many as|as much as)$/, 'up to'],
  [/^(?:more than|over|in excess of|upwards of|above|exceeding)$/, 'more than'],
  [/^(?:at least|no fewer than|no less than)$/, 'at least'],
  [/^(?:fewer than|less than|under|below|nearly|almost|close to)$/, 'fewer than'],
  [
    /^(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|approx\.?)$/,
    'about',
  ],
];
const QUALIFIER_RE =
  'up to|as many as|as much as|more than|over|in excess of|upwards of|at least|no fewer than|no less than|fewer than|less than|nearly|almost|close to|about|around|approximately|roughly|some|an estimated|estimated';
const NUMBER_RE = `\\d{1,3}(?:[,.\\u202f]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN}`;
const SCALE_RE = 'million|billion|thousand|hundred|mln|bn|k';
const FIGURE = new RegExp(
  `\\b(?:(${QUALIFIER_RE})\\s+)?(${NUMBER_RE})(?:\\s*(?:-|–|to|or)\\s*(?:${NUMBER_RE}))?(?:\\s+(${SCALE_RE})\\b)?`,
  'gi',
);
const VAGUE = /\b(several|dozens|hundreds|thousands|tens of thousands|scores)(?:\s+of)?\s+/gi;
// Words that may stand between a figure and its unit ("10,000 North Korean troops").
const MAX_GAP = 4;
const STOP =
  /^(?:and|or|in|of|to|on|at|from|the|a|for|by|with|was|were|is|are|has|have|had|said|that|than|since|per|percent|%)$/;
const MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;

interface Word {
  text: string;
  start: number;
  end: number;
}

// One regex for all calls (a literal in the function is a new object per call).
const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*/g;

// Whether `text[from, to)` holds a mark that ends a figure's phrase: . ; : ! ? ( )
function holdsBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41)
      return true;
  }
  return false;
}

function wordsAfter(text: string, from: number, limit: number): Word[] {
  WORD.lastIndex = from;
  const out: Word[] = [];
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = WORD.exec(text))) {
    if (holdsBreak(text, prevEnd, m.index)) break;
    const end = m.index + m[0].length;
    out.push({ text: m[0].toLowerCase(), start: m.index, end });
    prevEnd = end;
  }
  return out;
}

// Whether `words` from `at` read `phrase`: a loop, not every(), to spare a closure per test.
function startsWords(words: Word[], at: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k]?.text !== phrase[k]) return false;
  return true;
}

function matchUnit(words: Word[], units: UnitIndex): { unit: string; end: number } | null {
  for (let i = 0; i < words.length && i <= MAX_GAP; i++) {
    const w = words[i];
    if (!w) break;
    const cands = units.byFirstWord.get(w.text);
    if (cands)
      for (const cand of cands) {
        const last = words[i + cand.words.length - 1];
        if (last && startsWords(words, i, cand.words))
          return { unit: cand.entry.unit, end: last.end };
      }
    if (STOP.test(w.text) && !(w.text === 'of' && i === 0)) return null;
    if (/^\d/.test(w.text)) return null;
  }
  return null;
}

// Whether `at` lies inside a quantity already found: a loop, not some(), to spare a closure.
function insideFound(found: QuantityMention[], at: number): boolean {
  for (const q of found) if (q.span.start <= at && at < q.span.end) return true;
  return false;
}

function readQualifier(q: string | undefined): QuantityQualifier {
  if (!q) return 'exact';
  const t = q.toLowerCase().replace(/\s+/g, ' ');
  return QUALIFIERS.find(([re]) => re.test(t))?.[1] ?? 'exact';
}

/**
 * Finds counted figures with their unit and qualifier: "about 10,000 North Korean soldiers",
 * "more than 3,000 killed or wounded", "several short-range ballistic missiles". A number with no
 * unit from dictionaries/units (a year, a date, a percentage) is not a quantity.
 *
 * @example
 * findQuantities('up to 12,000 troops')[0]?.quantity; // {value: 12000, unit: 'troops', qualifier: 'up to', ...}
 */
export function findQuantities(
  text: string,
  units: UnitIndex = loadUnitIndex(),
): QuantityMention[] {
  const out: QuantityMention[] = [];
  // exec on the shared regexes: matchAll would clone them per call
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(text))) {
    const start = m.index;
    const numberText = m[2] ?? '';
    if (MONTH.test(text.slice(Math.max(0, start - 10), start))) continue;
    const value = parseNumber(numberText, m[3]);
    if (value === null || value === 0) continue;
    const unit = matchUnit(wordsAfter(text, start + m[0].length, MAX_GAP + 4), units);
    if (!unit) continue;
    const span = { start, end: unit.end };
    const phrase = text.slice(span.start, span.end);
    out.push({
      kind: 'quantity',
      span,
      text: phrase,
      ruleId: 'quantity/figure',
      entry: `units:${unit.unit}`,
      quantity: { value, unit: unit.unit, qualifier: readQualifier(m[1]), text: phrase, span },
    });
  }
  VAGUE.lastIndex = 0;
  while ((m = VAGUE.exec(text))) {
    const start = m.index;
    if (insideFound(out, start)) continue;
    const unit = matchUnit(wordsAfter(text, start + m[0].length, MAX_GAP + 4), units);
    if (!unit) continue;
    const word = (m[1] ?? '').toLowerCase();
    const qualifier: QuantityQualifier =
      word === 'several'
        ? 'several'
        : word === 'dozens' || word === 'scores'
          ? 'dozens'
          : word === 'hundreds'
            ? 'hundreds'
            : 'thousands';
    const span = { start, end: unit.end };
    const phrase = text.slice(span.start, span.end);
    out.push({
      kind: 'quantity',
      span,
      text: phrase,
      ruleId: 'quantity/vague',
      entry: `units:${unit.unit}`,
      quantity: { value: null, unit: unit.unit, qualifier, text: phrase, span },
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
