import type { QuantityMention, QuantityQualifier } from '../../model/index.js';
import { loadUnitIndex, type UnitIndex } from './load-units.js';
import { lossAround } from './loss-context.js';
import { NUMBER_WORD_PATTERN, parseNumber } from './parse-number.js';
import { startsWords, wordsAfter, type Word } from './phrase-words.js';

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
  'up to|as many as|as much as|more than|over|in excess of|upwards of|at least|no fewer than|no less than|fewer than|less than|nearly|almost|close to|about|around|approximately|roughly|some|an estimated|estimated|between';
// Digits, grouped by commas, dots, or (thin) spaces: "10,000", "10.000", "12 000".
const DIGITS_RE = '\\d{1,3}(?:[,.\\u202f\\u00a0 ]\\d{3}(?!\\d))+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const NUMBER_RE = `${DIGITS_RE}|${NUMBER_WORD_PATTERN}`;
const SCALE_RE = 'million|billion|thousand|hundred|mln|bn|k';
// qualifier, number, range word and upper bound (digits only, so "15-hundred" is no range),
// scale: "some 12-thousand", "10,000-12,000", "between 11,000 and 12,000", "10-12 thousand".
// The number ends its word: "hundreds", "tens" and a model's "10C" are no figures.
const FIGURE = new RegExp(
  `\\b(?:(${QUALIFIER_RE})\\s+)?(${NUMBER_RE})(?![A-Za-z0-9])(?:\\s*(-|–|to|or|and)\\s*(${DIGITS_RE}))?(?:[\\s-]+(${SCALE_RE})\\b)?`,
  'dgi',
);
const VAGUE =
  /\b(several|dozens|hundreds of thousands|tens of thousands|hundreds|thousands|scores)(?:\s+of)?\s+/gi;
const VAGUE_QUALIFIER: Readonly<Record<string, QuantityQualifier>> = {
  several: 'several',
  dozens: 'dozens',
  scores: 'dozens',
  hundreds: 'hundreds',
  thousands: 'thousands',
  'tens of thousands': 'tens of thousands',
  'hundreds of thousands': 'hundreds of thousands',
};
// Words that may stand between a figure and its unit ("10,000 North Korean troops").
const MAX_GAP = 4;
const STOP =
  /^(?:and|or|in|of|to|on|at|from|the|a|for|by|with|was|were|is|are|has|have|had|said|that|than|since|per|percent|%)$/;
const MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;

function matchUnit(
  words: Word[],
  units: UnitIndex,
): { unit: string; kind: string; end: number } | null {
  for (let i = 0; i < words.length && i <= MAX_GAP; i++) {
    const w = words[i];
    if (!w) break;
    const cands = units.byFirstWord.get(w.text);
    if (cands)
      for (const cand of cands) {
        const last = words[i + cand.words.length - 1];
        if (last && startsWords(words, i, cand.words))
          return { unit: cand.entry.unit, kind: cand.entry.kind, end: last.end };
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

/**
 * The number a FIGURE match reads, a range's bounds ("10,000-12,000", "between 11,000 and
 * 12,000", a scale after the range applying to both), and where the figure ends. A range word
 * "and" without "between" joins two figures, so only the first is read.
 */
function readFigure(m: RegExpExecArray): {
  value: number | null;
  upper: number | null;
  end: number;
} {
  const numberEnd = m.indices?.[2]?.[1] ?? m.index + m[0].length;
  const joined = m[3]?.toLowerCase() === 'and' && m[1]?.toLowerCase() !== 'between';
  if (joined || !m[4]) {
    if (joined) return { value: parseNumber(m[2] ?? '', undefined), upper: null, end: numberEnd };
    return { value: parseNumber(m[2] ?? '', m[5]), upper: null, end: m.index + m[0].length };
  }
  const value = parseNumber(m[2] ?? '', m[5]);
  const upper = parseNumber(m[4], m[5]);
  const ranged = value !== null && upper !== null && upper > value;
  return { value, upper: ranged ? upper : null, end: m.index + m[0].length };
}

function readQualifier(q: string | undefined): QuantityQualifier {
  if (!q || /^between$/i.test(q)) return 'exact';
  const t = q.toLowerCase().replace(/\s+/g, ' ');
  return QUALIFIERS.find(([re]) => re.test(t))?.[1] ?? 'exact';
}

/**
 * The unit of the figure that ends at `from`: the first unit within a few words, with no comma
 * between ("four brigades, including its special forces" counts brigades, not forces).
 */
function unitOfFigure(
  text: string,
  from: number,
  units: UnitIndex,
): { unit: string; kind: string; end: number } | null {
  const unit = matchUnit(wordsAfter(text, from, MAX_GAP + 4), units);
  return unit && !text.slice(from, unit.end).includes(',') ? unit : null;
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
    if (MONTH.test(text.slice(Math.max(0, start - 10), start))) continue;
    const figure = readFigure(m);
    // "1,500 and 3,000 troops" are two figures: read the first alone, the second on the next turn
    if (figure.end < m.index + m[0].length) FIGURE.lastIndex = figure.end;
    if (figure.value === null || figure.value === 0) continue;
    const unit = unitOfFigure(text, figure.end, units);
    if (!unit) continue;
    const span = { start, end: unit.end };
    const phrase = text.slice(span.start, span.end);
    const qualifier = readQualifier(m[1]);
    const upper = figure.upper ?? (qualifier === 'up to' ? figure.value : null);
    out.push({
      kind: 'quantity',
      span,
      text: phrase,
      ruleId: 'quantity/figure',
      entry: `units:${unit.unit}`,
      quantity: {
        value: figure.value,
        ...(upper !== null ? { upper } : {}),
        unit:
          unit.kind === 'people'
            ? (lossAround(text, start, unit.end, units) ?? unit.unit)
            : unit.unit,
        qualifier,
        text: phrase,
        span,
      },
    });
  }
  VAGUE.lastIndex = 0;
  while ((m = VAGUE.exec(text))) {
    const start = m.index;
    if (insideFound(out, start)) continue;
    const unit = unitOfFigure(text, start + m[0].length, units);
    if (!unit) continue;
    const qualifier = VAGUE_QUALIFIER[(m[1] ?? '').toLowerCase()] ?? 'thousands';
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
