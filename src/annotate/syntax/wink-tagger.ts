import { createRequire } from 'node:module';
import { ChunkTable, HASH_SEED, hashChars, hashStep } from './chunk-table.js';
import { compilePosMachine, type PosMachine } from './pos-machine.js';
import { loadWinkModel } from './wink-model.js';

/**
 * The trained tagger (wink-nlp 2.4.0 with wink-eng-lite-web-model 1.8.1, both pinned) run
 * through wink-nlp's own modules: its tokenizer, its lexicon cache, its POS machines and its
 * lemmas, the steps `readDoc` runs for the pipe `['pos']`, in the same order and with the same
 * data, so the tags are the ones `readDoc` gives (test/annotate/wink-tagger.test.ts compares
 * them on every sentence of the corpus). What differs (decision 031):
 *
 * - **Each distinct word is tokenized once.** wink reads a text as runs between spaces
 *   ("chunks": "troops", "Kursk,", "(AP)") and sends each through its category regexes and
 *   look-ups. The tokens a chunk gave are kept and replayed the next time it comes; a chunk whose
 *   reading rested on a look-up that found nothing is replayed only while that text is still no
 *   lexeme (wink's lexicon grows with the words it meets, and a word added since could change
 *   how the chunk splits: it is then read again).
 * - **No document API.** Values, tags and lemmas are read from the token array; a lemma is
 *   kept per lexeme and tag, as wink's `its.lemma` derives it from those alone.
 * - **Only the POS machines are built.** `winkNLP(model, ['pos'])` also builds the sentence,
 *   entity, negation and sentiment machines, which the pipe never runs.
 * - **The POS machines run on transition tables** (`pos-machine.ts`, decision 043): the same
 *   walk as wink's automaton, with each token's POS hint read once, not once per machine.
 */

/** The words of a text as the tagger read them: surface forms, universal POS tags, lemmas. */
export interface TaggedText {
  values: string[];
  tags: string[];
  lemmas: string[];
}

// wink-nlp's internals (src/constants.js): a token is 4 numbers in `tokens`: its lexeme, its
// preceding spaces (low 16 bits; an expansion's normal above), its lemma and POS (POS from bit
// 20), and a negation flag.
const TOKEN_SIZE = 4;
const BITS_FOR_LEMMA = 20;
const POS_MASK = 0x3f00000;
const MAX_PRECEDING_SPACES = 65535;
// An expansion of a contraction ("can't"): its preceding-spaces slot holds its normal too.
const EXPANSION = 65535;
// Spaces wink reads as non-breaking: a text with one takes wink's own tokenizer, whole.
const NON_BREAKING_SPACE = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;
// wink's splitter (the model's `trex.helpers.splitter`, read when the tagger is built): runs of
// spaces, non-breaking ones included, and runs of line breaks and tabs.
export const WINK_SPLITTER = /([ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+)/;
// Kept chunks and lemmas are forgotten past these counts (each is read again when it next comes).
const MAX_CHUNKS = 100_000;
const MAX_LEMMAS = 100_000;
// wink adds every word its lexicon lacks (names, numbers, dates) for good: past this many, the
// tagger is built afresh from the model after the text at hand (a long `watch` run stays bounded).
const MAX_NEW_WORDS = 250_000;

interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  value: (index: number) => string;
  property: (index: number, name: string) => unknown;
  valueOf: (feature: string, index: number) => string;
  currentSize: () => number;
  intrinsicSize: () => number;
}
interface Rdd {
  cache: WinkCache;
  /** Read by index only (wink's mappers, setter and `its`): a typed array serves as its array. */
  tokens: Int32Array;
  nonBreakingSpaces: Record<number, unknown>;
  numOfTokens: number;
}
/** What wink's tokenizer calls to add tokens (its `dd-wrapper.js` methods). */
interface TokenSink {
  _addToken: (text: string, category: number, precedingSpaces: number, nbsp: unknown) => boolean;
  _addTokenIfInCache: (text: string, precedingSpaces: number, nbsp: unknown) => number;
  isLexeme: (text: string) => number[] | null;
}
interface Automaton {
  importJSON: (json: unknown) => void;
  recognize: (tags: number[], transformer: unknown, tokens: ArrayLike<number>) => unknown;
}
interface PosModel {
  machines: string[];
  transformers: unknown[];
  updater: (px: unknown, cache: WinkCache, tags: number[], normals: number[]) => void;
  setter: (rdd: Rdd, tags: number[], tkSize: number, bits4lemma: number) => void;
}
interface CoreModel {
  trex: unknown;
  tcat: { hash: Record<string, number> };
  preserve: unknown;
  features: { lexeme: { hash: Record<string, number | undefined> } };
}

/** A chunk's tokens as read with no spaces before it, and the look-ups that found nothing. */
interface ReadChunk {
  tokens: number[];
  misses: string[] | null;
  /** The lexicon's size when the misses were last found to miss still (it only grows). */
  checkedAt: number;
}

interface Tagger {
  cache: WinkCache;
  lexemes: Record<string, number | undefined>;
  splitter: RegExp;
  /** The splitter is {@link WINK_SPLITTER}: `forEachChunk` reads the chunks as it splits. */
  splitsAtSpaces: boolean;
  tokenize: (sink: TokenSink, text: string) => void;
  unknown: number;
  /** wink's own POS machines: none where the tables serve. */
  machines: Automaton[];
  /** The machines compiled to tables, or null where one could not be (wink's then run). */
  tables: PosMachine[] | null;
  pos: PosModel;
  its: { lemma: (index: number, rdd: Rdd, addons: unknown) => string };
  addons: unknown;
  mapToNormals: (rdd: Rdd) => number[];
  mapToDefaultTags: (rdd: Rdd) => number[];
  chunks: ChunkTable<ReadChunk>;
  lemmas: Map<number, string>;
  /** The token numbers of the text being tagged, grown as needed and reused for the next. */
  scratch: Int32Array;
}

// As wink-nlp's `load()` builds its cache, tokenizer and POS machines (src/wink-nlp.js).
function buildTagger(): Tagger {
  const require = createRequire(import.meta.url);
  const wink = (file: string): unknown => require(`wink-nlp/src/${file}.js`);
  const model = loadWinkModel();
  const core = (model.core as () => CoreModel)();
  const cache = (wink('cache') as (core: CoreModel, featureFn: unknown) => WinkCache)(
    core,
    model.featureFn,
  );
  const trex = (wink('compile-trex') as (trex: unknown) => { helpers: { splitter: RegExp } })(
    core.trex,
  );
  const tokenizer = wink('tokenizer') as (
    trex: unknown,
    categories: Record<string, number>,
    preserve: unknown,
  ) => Tagger['tokenize'];
  const pos = (model.pos as () => PosModel)();
  // wink's machine passes over the tokens equal to the look-up of the lexicon's token 0
  const skip = cache.lookup(cache.value(0))?.[0];
  const compiled = pos.machines.map((json) => compilePosMachine(json, skip));
  // the tables read the transformer wink's model ships: a token's POS hint plus a constant
  const tables =
    String(pos.transformers[0]).includes('posHint') && compiled.every((m) => m !== null)
      ? (compiled as PosMachine[])
      : null;
  // wink's own machines, built only where the tables cannot serve
  const fsm = wink('automaton') as (cache: WinkCache, oov: string) => Automaton;
  const machines = tables
    ? []
    : pos.machines.map((json) => {
        const machine = fsm(cache, cache.value(0));
        machine.importJSON(json);
        return machine;
      });
  const mappers = wink('tokens-mappers') as {
    mapRawTokens2UIdOfNormal: Tagger['mapToNormals'];
    mapRawTokens2UIdOfDefaultPOS: Tagger['mapToDefaultTags'];
  };
  return {
    cache,
    lexemes: core.features.lexeme.hash,
    splitter: trex.helpers.splitter,
    splitsAtSpaces: trex.helpers.splitter.source === WINK_SPLITTER.source,
    tokenize: tokenizer(trex, core.tcat.hash, core.preserve),
    unknown: (wink('constants') as { UNK: number }).UNK,
    machines,
    tables,
    pos,
    its: wink('its') as Tagger['its'],
    addons: model.addons,
    mapToNormals: mappers.mapRawTokens2UIdOfNormal,
    mapToDefaultTags: mappers.mapRawTokens2UIdOfDefaultPOS,
    chunks: new ChunkTable(),
    scratch: new Int32Array(4096),
    lemmas: new Map(),
  };
}

/** A tagger of its own: its lexicon, kept chunks and lemmas (see {@link createTagger}). */
export interface WinkTagger {
  tag: (text: string) => TaggedText;
  /** Words the lexicon has taken in since it was built from the model. */
  newWords: () => number;
  /** A word's lemma read as a verb or noun, by the model's lemmatizer ("wounding": "wound"). */
  lemmaAs: (word: string, pos: 'VERB' | 'NOUN') => string;
}

// The model's lemmatizer addon (wink-eng-lite-web-model's lemmatize.js).
type Lemmatize = (value: string, pos: 'VERB' | 'NOUN' | 'ADJ', cache: WinkCache) => string;

/**
 * A tagger with its own lexicon, rebuilt from the model once it has taken in more than
 * `maxNewWords` words the model lacks (after the text that passed the bound: a text is tagged
 * by one lexicon). Built on its first text.
 */
export function createTagger(maxNewWords = MAX_NEW_WORDS): WinkTagger {
  let t: Tagger | undefined;
  const newWords = (): number => (t ? t.cache.currentSize() - t.cache.intrinsicSize() : 0);
  return {
    tag(text) {
      t ??= buildTagger();
      const tagged = tagWith(t, text);
      if (newWords() > maxNewWords) t = undefined;
      return tagged;
    },
    newWords,
    lemmaAs(word, pos) {
      t ??= buildTagger();
      return (t.addons as { lemmatize: Lemmatize }).lemmatize(word, pos, t.cache);
    },
  };
}

// The model weighs some 10 MB: loaded on the first text that needs it, and once.
let shared: WinkTagger | undefined;

/**
 * Tags a text as wink-nlp's `readDoc(text)` with the pipe `['pos']` tags it: one entry per token,
 * in order (contractions expanded: "can't" gives "ca" and "n't").
 *
 * @example
 * tagText('Freedonia sent troops.').tags; // ['PROPN', 'VERB', 'NOUN', 'PUNCT']
 */
export function tagText(text: string): TaggedText {
  shared ??= createTagger();
  return shared.tag(text);
}

/**
 * A word's lemma read as a verb or a noun, whatever the tagger made of it in its sentence.
 *
 * @example
 * lemmaAs('wounding', 'VERB'); // 'wound'
 * lemmaAs('exercises', 'NOUN'); // 'exercise'
 */
export function lemmaAs(word: string, pos: 'VERB' | 'NOUN'): string {
  shared ??= createTagger();
  return shared.lemmaAs(word, pos);
}

function tagWith(t: Tagger, text: string): TaggedText {
  const rdd: Rdd = {
    cache: t.cache,
    tokens: t.scratch,
    nonBreakingSpaces: Object.create(null) as Record<number, unknown>,
    numOfTokens: 0,
  };
  // every number wink puts in a token is a 32-bit integer (ids, and bit fields built with << and |)
  if (NON_BREAKING_SPACE.test(text)) {
    const list: number[] = [];
    t.tokenize(tokenSink(t, list, rdd, null), text);
    rdd.tokens = Int32Array.from(list);
  } else {
    // the count first: tokenizing may grow the scratch array into a new one
    const length = tokenizeByChunks(t, text);
    rdd.tokens = t.scratch.subarray(0, length);
  }
  const n = rdd.tokens.length / TOKEN_SIZE;
  rdd.numOfTokens = n;
  // the POS pipe of readDoc
  const normals = t.mapToNormals(rdd);
  const defaults = t.mapToDefaultTags(rdd);
  if (t.tables) {
    const hints = new Array<number>(n);
    for (let i = 0; i < n; i++) hints[i] = posHint(t, rdd.tokens[i * TOKEN_SIZE] ?? 0);
    for (const machine of t.tables)
      t.pos.updater(machine.recognize(defaults, hints), t.cache, defaults, normals);
  } else
    for (const machine of t.machines) {
      const found = machine.recognize(defaults, t.pos.transformers[0], rdd.tokens);
      t.pos.updater(found, t.cache, defaults, normals);
    }
  t.pos.setter(rdd, defaults, TOKEN_SIZE, BITS_FOR_LEMMA);
  return readTokens(t, rdd);
}

// A lexeme's POS hint as wink's POS transformer reads it (0: none).
function posHint(t: Tagger, lexeme: number): number {
  return Number(t.cache.property(lexeme, 'posHint')) || 0;
}

// wink's `tokenize(doc, text)` for a text with no non-breaking space: the text split at its
// spaces and line breaks, each chunk read as wink reads it, the spaces before it on its first
// token. The token numbers go to the tagger's scratch array; returns how many there are.
function tokenizeByChunks(t: Tagger, text: string): number {
  let length = 0;
  if (!t.splitsAtSpaces) {
    let spaces = 0;
    for (const part of text.split(t.splitter)) {
      if (!part) continue;
      if (part.charCodeAt(0) === 32) spaces = part.length;
      else {
        length = addChunk(t, part, 0, part.length, hashChars(part, 0, part.length), spaces, length);
        spaces = 0;
      }
    }
    return length;
  }
  forEachChunk(text, (start, end, spaces, hash) => {
    length = addChunk(t, text, start, end, hash, spaces, length);
  });
  return length;
}

/**
 * The pieces of a text with no non-breaking space, as `text.split(WINK_SPLITTER)` gives them,
 * read in one pass with no array of parts: each run of line breaks and tabs and each run of other
 * characters but spaces, as `[start, end)`, with the number of spaces right before it (wink reads
 * a run of breaks as a chunk of its own, and a run of spaces as the spaces before the next chunk)
 * and the run's {@link hashChars}, folded in as it is scanned.
 */
export function forEachChunk(
  text: string,
  read: (start: number, end: number, spaces: number, hash: number) => void,
): void {
  const n = text.length;
  let spaces = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (c === 32) {
      while (j < n && text.charCodeAt(j) === 32) j++;
      spaces = j - i;
    } else {
      const breaks = isBreak(c);
      let hash = hashStep(HASH_SEED, c);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 32 || isBreak(d) !== breaks) break;
        hash = hashStep(hash, d);
        j++;
      }
      read(i, j, spaces, hash);
      spaces = 0;
    }
    i = j;
  }
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 9;
}

// The numbers of the chunk `text.slice(start, end)`'s tokens (its hash `hash`) written to the
// scratch array after the `length` there before them, the spaces before it on its first token;
// returns the new length.
function addChunk(
  t: Tagger,
  text: string,
  start: number,
  end: number,
  hash: number,
  spaces: number,
  length: number,
): number {
  const read = readChunk(t, text, start, end, hash).tokens;
  if (length + read.length > t.scratch.length) {
    const grown = new Int32Array(Math.max(2 * t.scratch.length, length + read.length));
    grown.set(t.scratch.subarray(0, length));
    t.scratch = grown;
  }
  const tokens = t.scratch;
  for (let k = 0; k < read.length; k++) tokens[length + k] = read[k] ?? 0;
  if (spaces > 0 && read.length > 0)
    tokens[length + 1] = (tokens[length + 1] ?? 0) | Math.min(spaces, MAX_PRECEDING_SPACES - 1);
  return length + read.length;
}

// A chunk's tokens: kept from an earlier reading while every look-up that reading made still
// gives what it gave, else read by wink's tokenizer (the chunk alone, sliced out of its text: no
// spaces before it).
function readChunk(t: Tagger, text: string, start: number, end: number, hash: number): ReadChunk {
  const kept = t.chunks.get(text, start, end, hash);
  if (kept && (kept.misses === null || stillMissing(t, kept))) return kept;
  const chunk = text.slice(start, end);
  // not yet checked: the reading itself may have added a word it had missed
  const read: ReadChunk = { tokens: [], misses: null, checkedAt: -1 };
  t.tokenize(tokenSink(t, read.tokens, null, read), chunk);
  if (t.chunks.size >= MAX_CHUNKS) t.chunks.clear();
  t.chunks.set(chunk, hash, read);
  return read;
}

// Whether no text a reading looked up in vain has since become a lexeme: surely so while the
// lexicon has not grown since it was last asked.
function stillMissing(t: Tagger, read: ReadChunk): boolean {
  const size = t.cache.currentSize();
  if (read.checkedAt === size) return true;
  for (const m of read.misses ?? []) if (t.lexemes[m] !== undefined) return false;
  read.checkedAt = size;
  return true;
}

// wink's `dd-wrapper.js` methods on a token array, noting the look-ups that found nothing.
function tokenSink(
  t: Tagger,
  tokens: number[],
  rdd: Rdd | null,
  read: ReadChunk | null,
): TokenSink {
  const missed = (text: string): void => {
    if (read) (read.misses ??= []).push(text);
  };
  const nbspAt = (nbsp: unknown, precedingSpaces: number): void => {
    if (rdd && nbsp !== null && precedingSpaces > 0)
      rdd.nonBreakingSpaces[tokens.length / TOKEN_SIZE - 1] = nbsp;
  };
  return {
    _addToken(text, category, precedingSpaces, nbsp) {
      tokens.push(t.cache.add(text, category), precedingSpaces, 0, 0);
      nbspAt(nbsp, precedingSpaces);
      return true;
    },
    _addTokenIfInCache(text, precedingSpaces, nbsp) {
      const found = t.cache.lookup(text);
      if (found === null) {
        missed(text);
        return t.unknown;
      }
      if (found.length === 1) {
        tokens.push(found[0] ?? 0, precedingSpaces, 0, 0);
        nbspAt(nbsp, precedingSpaces);
      } else {
        // a contraction: lexeme, normal, lemma and POS of each expansion
        for (let k = 0; k < found.length; k += TOKEN_SIZE) {
          const spaces = (k === 0 ? precedingSpaces : 0) | ((found[k + 1] ?? 0) << 16);
          const lemmaAndPos = (found[k + 2] ?? 0) | ((found[k + 3] ?? 0) << BITS_FOR_LEMMA);
          tokens.push(found[k] ?? 0, spaces, lemmaAndPos, 0);
          nbspAt(nbsp, precedingSpaces);
        }
      }
      return 99;
    },
    isLexeme(text) {
      const found = t.cache.lookup(text);
      if (found === null) missed(text);
      return found;
    },
  };
}

// Each token's value, tag and lemma, as wink's `its.value`, `its.pos` and `its.lemma` give them.
function readTokens(t: Tagger, rdd: Rdd): TaggedText {
  const n = rdd.numOfTokens;
  const tokens = rdd.tokens;
  const values = new Array<string>(n);
  const tags = new Array<string>(n);
  const lemmas = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const at = i * TOKEN_SIZE;
    const lexeme = tokens[at] ?? 0;
    const pos = ((tokens[at + 2] ?? 0) & POS_MASK) >>> BITS_FOR_LEMMA;
    values[i] = t.cache.value(lexeme);
    tags[i] = t.cache.valueOf('pos', pos);
    if ((tokens[at + 1] ?? 0) > EXPANSION) {
      // an expansion carries its own lemma
      lemmas[i] = t.its.lemma(i, rdd, t.addons);
      continue;
    }
    const key = lexeme * 64 + pos;
    let lemma = t.lemmas.get(key);
    if (lemma === undefined) {
      lemma = t.its.lemma(i, rdd, t.addons);
      if (t.lemmas.size >= MAX_LEMMAS) t.lemmas.clear();
      t.lemmas.set(key, lemma);
    }
    lemmas[i] = lemma;
  }
  return { values, tags, lemmas };
}
