import { isCapitalised, startsWithWordChar, type Token } from '../mention-utils.js';
import { countryAt, nameAt, rowsOf, startsAnyKey, type Gazetteer } from './load-gazetteer.js';
import type { PlaceIndex } from './place-index.js';
import type { PlaceCandidate, PlaceOption } from './place-option.js';

// Prepositions that put a name in the role of a place ("in Moscow", "near Kursk").
const PLACE_PREPOSITIONS = new Set(
  'in near at to from into inside outside across toward towards around within throughout via off over through'.split(
    ' ',
  ),
);
// Words between the preposition and the name ("in eastern Ukraine", "near the Russian border").
const PLACE_MODIFIERS = new Set(
  'the northern southern eastern western central north south east west northeastern northwestern southeastern southwestern far occupied'.split(
    ' ',
  ),
);
// "the city of Kursk": a place noun and "of" before the name.
const PLACE_NOUNS = new Set(
  'city town village region province state district capital outskirts port island islands area county'.split(
    ' ',
  ),
);
// After a name, a word that makes it a region ("Kursk region", "Donetsk oblast").
const REGION_WORDS = new Set(
  'region oblast province governorate krai prefecture district county area border'.split(' '),
);
// Lower-case words allowed inside a gazetteer name ("Jammu and Kashmir", "Rostov-on-Don").
const CONNECTORS = new Set(
  'and of on upon the de del la le al el du da das dos am an der'.split(' '),
);
const MAX_TOKENS = 5;

/** The word before token `i` that makes it a place ("in", "in eastern", "the city of"), or null. */
export function readPlaceContext(tokens: Token[], i: number): string | null {
  let j = i - 1;
  while (j >= 0 && PLACE_MODIFIERS.has(tokens[j]?.key ?? '')) j--;
  const prev = tokens[j];
  if (!prev) return null;
  if (PLACE_PREPOSITIONS.has(prev.key)) return prev.key;
  return prev.key === 'of' && PLACE_NOUNS.has(tokens[j - 1]?.key ?? '') ? 'of' : null;
}

function isWord(t: Token | undefined): t is Token {
  return !!t && startsWithWordChar(t.text);
}

// Tokens a gazetteer name may span: words, and "-", ".", "'" joined to them.
function joinable(t: Token | undefined): t is Token {
  if (!t) return false;
  return startsWithWordChar(t.text) || t.text === '-' || t.text === '.' || t.key === "'";
}

// The readings of a name, built once per gazetteer and key: news repeats its names. The options
// are shared, so nothing downstream may change them.
const optionMemo = new WeakMap<Gazetteer, Map<string, PlaceOption[]>>();
const OPTION_MEMO_LIMIT = 20_000;

function optionsOf(g: Gazetteer, key: string, rows: number[]): PlaceOption[] {
  let memo = optionMemo.get(g);
  if (!memo) {
    memo = new Map();
    optionMemo.set(g, memo);
  }
  const hit = memo.get(key);
  if (hit) return hit;
  const options = rows.map((r): PlaceOption => ({
    name: nameAt(g, r),
    country: countryAt(g, r),
    lat: round(g.lat[r] ?? 0),
    lon: round(g.lon[r] ?? 0),
    precision: g.precision[r] === 'r' ? 'region' : 'city',
    population: g.population[r] ?? 0,
    capital: g.flags[r] === 'C',
    short: g.flags[r] === 'S',
    source: 'gazetteer',
    entry: `gazetteer:${nameAt(g, r)}:${countryAt(g, r)}`,
  }));
  if (memo.size >= OPTION_MEMO_LIMIT) memo.clear();
  memo.set(key, options);
  return options;
}

const KEYS: string[] = [];
// Shared, never written to.
const NO_OPTIONS: readonly PlaceOption[] = [];

function gazetteerMatch(
  index: PlaceIndex,
  tokens: Token[],
  i: number,
): { to: number; options: PlaceOption[] } | null {
  const g = index.gazetteer;
  if (!startsAnyKey(g, tokens[i]?.key ?? '')) return null;
  const limit = Math.min(MAX_TOKENS, g.maxTokens, tokens.length - i);
  let key = '';
  // One scratch array for every call (the function is not re-entered), written by index up to a
  // count: `length = 0` would free its backing store, and every call would allocate it again.
  const keys = KEYS;
  let count = 0;
  for (let n = 0; n < limit; n++) {
    const t = tokens[i + n];
    if (!joinable(t) || !t) break;
    if (isWord(t) && !isCapitalised(t.text) && !CONNECTORS.has(t.key)) break;
    key = n === 0 ? t.key : `${key} ${t.key}`;
    keys[count++] = key;
  }
  for (let n = count; n > 0; n--) {
    const last = tokens[i + n - 1];
    if (!isWord(last) || !isCapitalised(last.text)) continue;
    const key = keys[n - 1] ?? '';
    const rows = rowsOf(g, key);
    if (rows.length === 0) continue;
    return { to: i + n, options: optionsOf(g, key, rows) };
  }
  return null;
}

// Stored as float32: four decimals (about 10 m) is all the source gives.
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function hasRegion(options: PlaceOption[]): boolean {
  for (const o of options) if (o.precision === 'region') return true;
  return false;
}

/**
 * "Xland State", "Yia State" (a federal state's name with its capitalised title): "State" after a
 * name the gazetteer has as a region, and no capitalised word after it ("Xville State
 * University" is a body's name).
 */
function stateTitle(tokens: Token[], to: number, options: PlaceOption[]): boolean {
  const next = tokens[to + 1];
  return (
    tokens[to]?.text === 'State' &&
    !(next && startsWithWordChar(next.text) && isCapitalised(next.text)) &&
    hasRegion(options)
  );
}

function hasCityOrRegion(options: PlaceOption[]): boolean {
  for (const o of options) if (o.precision === 'city' || o.precision === 'region') return true;
  return false;
}

/**
 * "Indo-Pacific", "Euro-Atlantic": a name glued by a hyphen to a word that is no place of its
 * own is the tail of one compound word, not a place ("India-Pakistan border" still reads two).
 */
function gluedToWord(tokens: Token[], i: number, previous: PlaceCandidate | undefined): boolean {
  const hyphen = tokens[i - 1];
  const head = tokens[i - 2];
  const t = tokens[i];
  if (!t || !hyphen || !isWord(head) || hyphen.text !== '-') return false;
  if (hyphen.end !== t.start || head.end !== hyphen.start) return false;
  return previous?.to !== i - 1;
}

/**
 * Proposes the place names of a sentence: features and states by phrase, then the gazetteer's
 * cities and regions by their capitalised words, longest first; each with all its readings.
 */
export function findPlaceCandidates(tokens: Token[], index: PlaceIndex): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (!isWord(t) || !isCapitalised(t.text)) {
      i++;
      continue;
    }
    const phrase = index.trie.matchAt(tokens, i);
    const gaz = gazetteerMatch(index, tokens, i);
    let to = Math.max(phrase?.to ?? 0, gaz?.to ?? 0);
    if (to === 0 || gluedToWord(tokens, i, out.at(-1))) {
      i++;
      continue;
    }
    // A fresh array (the gazetteer's readings are shared), of the size it needs: push() onto []
    // allocated room for seventeen.
    const fromPhrase = phrase && phrase.to === to ? phrase.values : NO_OPTIONS;
    const fromGazetteer = gaz && gaz.to === to ? gaz.options : NO_OPTIONS;
    const options =
      fromGazetteer.length === 0 ? fromPhrase.slice() : fromPhrase.concat(fromGazetteer);
    const regionWord =
      (REGION_WORDS.has(tokens[to]?.key ?? '') && hasCityOrRegion(options)) ||
      stateTitle(tokens, to, options);
    if (regionWord) to++;
    out.push({ from: i, to, options, regionWord, placeContext: readPlaceContext(tokens, i) });
    i = to;
  }
  return out;
}
