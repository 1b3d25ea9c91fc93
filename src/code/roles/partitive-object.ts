import type { Token } from '../sentence-view.js';

// The quantities that open a partitive object: "one of", "two of", "several of", "dozens of".
const PARTITIVE = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'hundreds',
  'thousands',
  'several',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'few',
]);

/**
 * "sanctioned one of Xia's officials", "detained two of its sailors": an "of" right after a
 * quantity that stands right after the verb opens a partitive object, so the party behind it is
 * the verb's object, not a party behind a preposition. `k` is the token of "of", `verbLast` the
 * verb's last token.
 */
export function opensPartitiveObject(
  tokens: readonly Token[],
  k: number,
  verbLast: number,
): boolean {
  return (
    tokens[k]?.lower === 'of' && k === verbLast + 2 && PARTITIVE.has(tokens[k - 1]?.lower ?? '')
  );
}
