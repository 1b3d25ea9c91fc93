/**
 * The article-extraction benchmark's body-text metric: 4-token shingles with counts, per-page
 * tp/fp/fn normalised by their sum, precision and recall averaged over pages, F1 of the means.
 */

/** Word tokens as Python's Unicode `\w+` finds them. */
export function tokenizeWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Counted shingles of `n` tokens; a text shorter than `n` tokens is one shingle. */
export function countShingles(tokens: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i += 1) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle === '') continue;
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** Normalised so that tp + fp + fn = 1 (all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** The two token lists are identical. */
  exact: boolean;
  /** Shingles predicted but not expected, and expected but missed (for reports). */
  extra: string[];
  missed: string[];
}

/**
 * Scores one page's predicted body against the expected one.
 *
 * @example
 * scorePage('one two three four five', 'one two three four').precision; // 0.5
 */
export function scorePage(expected: string, predicted: string): PageScore {
  const expTokens = tokenizeWords(expected);
  const predTokens = tokenizeWords(predicted);
  const exp = countShingles(expTokens);
  const pred = countShingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const extra: string[] = [];
  const missed: string[] = [];
  for (const [s, c] of pred) {
    const e = exp.get(s) ?? 0;
    tp += Math.min(c, e);
    if (c > e) {
      fp += c - e;
      extra.push(s);
    }
  }
  for (const [s, c] of exp) {
    const p = pred.get(s) ?? 0;
    if (c > p) {
      fn += c - p;
      missed.push(s);
    }
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const exact =
    expTokens.length === predTokens.length && expTokens.every((t, i) => t === predTokens[i]);
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, fp, fn),
    recall: ratio(tp, fn, fp),
    exact,
    extra,
    missed,
  };
}

// A page with neither fp nor fn is perfect; with nothing shared and nothing of its own, zero.
function ratio(tp: number, own: number, other: number): number {
  if (own === 0 && other === 0) return 1;
  if (tp + own === 0) return 0;
  return tp / (tp + own);
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/**
 * Aggregates page scores the benchmark's way: means of precision and recall, F1 of the means.
 *
 * @example
 * scoreSet([scorePage('a b c d', 'a b c d')]).f1; // 1
 */
export function scoreSet(pages: readonly PageScore[]): SetScore {
  const n = pages.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0, accuracy: 0, pages: 0 };
  const precision = pages.reduce((a, p) => a + p.precision, 0) / n;
  const recall = pages.reduce((a, p) => a + p.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.filter((p) => p.exact).length / n;
  return { precision, recall, f1, accuracy, pages: n };
}
