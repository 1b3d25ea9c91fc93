const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  k: 1_000,
  mln: 1_000_000,
  bn: 1_000_000_000,
};

/**
 * Whether a lower-case word is a number word ("three", "twenty", "dozen"; not "a").
 *
 * @example
 * isNumberWord('three'); // true
 */
export function isNumberWord(word: string): boolean {
  return word !== 'a' && word !== 'an' && Object.hasOwn(WORDS, word);
}

/**
 * Number words the finder recognises ("three", "twenty", "dozen"). "Hundred" counts only after
 * "a" or a number ("several hundred" is no figure).
 */
export const NUMBER_WORD_PATTERN =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+dozen|a\\s+hundred|a\\s+thousand|dozen';

/**
 * Reads a figure: "10,000", "10.000" (European), "3.5", "3 million", "three", "a dozen".
 * Dots grouping exactly three digits are thousands separators unless a scale word follows.
 */
export function parseNumber(digits: string, scale: string | undefined): number | null {
  // Plain digits ("2024", "15"), the common case, read as they are.
  if (isAllDigits(digits)) return scaled(Number(digits), scale);
  const d = digits.toLowerCase().replace(/\s+/g, ' ').trim();
  let value: number;
  if (/^\d/.test(d)) {
    const european = /^\d{1,3}(\.\d{3})+$/.test(d) && !scale;
    const cleaned = european ? d.replace(/\./g, '') : d.replace(/[,\u202f\u00a0' ]/g, '');
    value = Number(cleaned);
  } else {
    const parts = d.split(' ');
    value = parts.reduce((acc, w) => (w === 'a' || w === 'an' ? acc : acc * (WORDS[w] ?? NaN)), 1);
    if (parts.length === 1) value = WORDS[d] ?? NaN;
  }
  return scaled(value, scale);
}

function scaled(value: number, scale: string | undefined): number | null {
  if (!Number.isFinite(value)) return null;
  if (scale) value *= SCALES[scale.toLowerCase()] ?? 1;
  return Math.round(value * 1000) / 1000;
}

function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
