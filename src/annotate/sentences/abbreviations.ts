// Titles and words that are always followed by more of the same sentence ("Gen. Smith", "No. 3").
const ALWAYS_CONTINUE = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'sgt',
  'capt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'brig',
  'rep',
  'sen',
  'gov',
  'pres',
  'rev',
  'hon',
  'amb',
  'supt',
  'insp',
  'st',
  'mt',
  'ft',
  'vs',
  'v',
  'cf',
  'approx',
  'fig',
  'ref',
  'vol',
  'art',
  'sec',
  'dept',
  'est',
]);
// Abbreviations that continue before a number ("Jan. 5", "No. 3") and otherwise may end a sentence.
const BEFORE_NUMBER = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'p',
  'pp',
  'para',
  'ch',
]);
// Abbreviations that often end a sentence, but usually continue into a capitalised name
// ("U.S. State Department", "Smith Jr. said", "Acme Inc. Chief").
const USUALLY_CONTINUE = new Set(['jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros', 'etc', 'al']);
// Words that start sentences, not names: after "U.S." or "Inc." they signal a new sentence.
const SENTENCE_STARTERS = new Set([
  'a',
  'an',
  'the',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'as',
  'after',
  'before',
  'when',
  'while',
  'if',
  'since',
  'although',
  'though',
  'however',
  'meanwhile',
  'moreover',
  'still',
  'also',
  'both',
  'some',
  'many',
  'most',
  'no',
  'not',
  'one',
  'two',
  'what',
  'who',
  'why',
  'how',
  'where',
  'according',
  'officials',
  'earlier',
  'later',
  'last',
  'separately',
  'such',
  'then',
  'today',
  'yesterday',
  'during',
  'under',
  'until',
  'despite',
  'instead',
  'asked',
]);

const LETTER_OR_DOT = /[\p{L}.]/u;

// A letter or a period: ASCII by char code, other code units as the regex reads them.
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DOT.test(text[i] ?? '');
}

/**
 * Whether the period at `dot` belongs to an abbreviation or an initial that keeps the sentence
 * open, given the next sentence would start at `next`.
 */
export function isAbbreviationStop(text: string, dot: number, next: number): boolean {
  let w = dot;
  while (w > 0 && isLetterOrDot(text, w - 1)) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  const nextChar = text[next] ?? '';
  if (ALWAYS_CONTINUE.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /\d/.test(nextChar);
  // Dotted initialisms ("U.S.", "a.m.") and single initials ("John F. Kennedy").
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  const initial = /^\p{Lu}$/u.test(word);
  if (dotted || initial || USUALLY_CONTINUE.has(lower)) {
    if (/\d/.test(nextChar)) return dotted || initial;
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 30))?.[0]?.toLowerCase() ?? '';
    return !SENTENCE_STARTERS.has(nextWord);
  }
  return false;
}
