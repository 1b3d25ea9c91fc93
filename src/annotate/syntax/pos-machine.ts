/**
 * wink-nlp's `automaton.recognize` for the POS model's machines, on a transition table
 * (decision 043). wink keeps a machine's states as objects keyed by the tag or hint they read
 * ("8", "1080013"), so each token costs a dictionary look-up per machine, and it asks the
 * lexicon for the token's POS hint once per machine. Here a state's transitions sit in one
 * typed array indexed by the symbol, and the hints are read once per text. The walk is wink's,
 * step for step: the same greedy match, roll-back to the last "otherwise" state, skipped
 * tokens and marks, so it returns the patterns wink returns (test/annotate/wink-tagger.test.ts
 * compares the tags with `readDoc` on every sentence of the corpus and on invented text).
 */

/** A found pattern as wink gives it: first token, last token, the machine's value for it. */
export type PosPattern = [number, number, unknown];

export interface PosMachine {
  /**
   * The patterns in `tags` (the tags so far; wink's updater may have written numeric strings),
   * each token read as its hint plus {@link HINT_BASE} where its lexeme has a hint.
   */
  recognize: (tags: readonly unknown[], hints: readonly number[]) => PosPattern[];
}

// wink-nlp's automaton constants (src/automaton.js).
const EOS = 2070000;
const OTHERWISE = 2070003;
/** What wink's POS transformer adds to a lexeme's POS hint (the model's pos-transformers.js). */
export const HINT_BASE = 1080000;
// Symbols: a tag 0..63 at its own index, a hinted token HINT_BASE + 0..63 at 64 more.
const TAGS = 64;
const WIDTH = 2 * TAGS;
// A key wink's machines may hold that no token reads: tokens are numbers or numeric strings.
const WORD_KEY = /^\$/;

// The symbol a value read from a token stands for, or -1 if no state has it as a key.
function symbolOf(t: unknown): number {
  const v = typeof t === 'number' ? t : typeof t === 'string' ? canonicalNumber(t) : NaN;
  if (v >= 0 && v < TAGS && Number.isInteger(v)) return v;
  if (v >= HINT_BASE && v < HINT_BASE + TAGS && Number.isInteger(v)) return TAGS + v - HINT_BASE;
  return -1;
}

// A string's number where the string is the number's own spelling ("8"), as an object key
// matches it; NaN otherwise ("08" is another key than 8).
function canonicalNumber(s: string): number {
  const v = Number(s);
  return String(v) === s ? v : NaN;
}

interface MachineJson {
  fsm: Record<string, Record<string, number>>;
  terminal: Record<string, unknown>;
  marked: Record<string, [number, number]>;
}

function readJson(json: string): MachineJson {
  const model = JSON.parse(json) as unknown[];
  return {
    fsm: model[2] as MachineJson['fsm'],
    terminal: model[3] as MachineJson['terminal'],
    marked: model[4] as MachineJson['marked'],
  };
}

/**
 * Compiles one machine of the POS model (the JSON string wink's `importJSON` reads), or returns
 * null when it holds a key outside the tag and hint ranges: the caller then keeps wink's own.
 * `skip` is the value wink's machine passes over (the look-up of the lexicon's token 0).
 */
export function compilePosMachine(json: string, skip: unknown): PosMachine | null {
  const { fsm, terminal, marked } = readJson(json);
  if (!fsm['0']) return null;
  let states = 1;
  for (const s of Object.keys(fsm)) states = Math.max(states, Number(s) + 1);
  for (const s of Object.keys(terminal)) states = Math.max(states, Number(s) + 1);
  if (!Number.isInteger(states)) return null;
  const next = new Int32Array(states * WIDTH);
  const otherwise = new Int32Array(states);
  for (const [s, row] of Object.entries(fsm)) {
    const state = Number(s);
    for (const [key, to] of Object.entries(row)) {
      // a state the walk may stand in (not a pattern's end, where it goes back to the root)
      // has transitions, else wink's machine would throw there
      if (!terminal[String(to)] && !fsm[String(to)]) return null;
      if (key === String(OTHERWISE)) otherwise[state] = to;
      else if (!WORD_KEY.test(key)) {
        const sym = symbolOf(key);
        if (sym < 0) return null;
        next[state * WIDTH + sym] = to;
      }
    }
  }
  const terminalOf: unknown[] = new Array(states).fill(undefined);
  for (const [s, v] of Object.entries(terminal)) terminalOf[Number(s)] = v;
  const markOf: ([number, number] | undefined)[] = new Array(states).fill(undefined);
  for (const [s, v] of Object.entries(marked)) markOf[Number(s)] = v;

  // wink's pushMatch2Patterns: the "0" value found nothing; a mark trims the span.
  const push = (patterns: PosPattern[], first: number, last: number, state: number): void => {
    const value = terminalOf[state];
    if (value === '0') return;
    const mark = markOf[state];
    patterns.push(mark ? [first + mark[0], last - mark[1], value] : [first, last, value]);
  };
  const step = (state: number, t: unknown): number => {
    if (t === OTHERWISE) return otherwise[state] ?? 0;
    const sym = symbolOf(t);
    return sym < 0 ? 0 : (next[state * WIDTH + sym] ?? 0);
  };

  return {
    recognize(tags, hints) {
      const length = tags.length;
      const patterns: PosPattern[] = [];
      let first = 0;
      let state = 0;
      let ns = 0;
      let lastOtherwiseIndex = 0;
      let lastOtherwiseState = 0;
      // wink's delta: always 1 here, the machines have no substitutions
      const delta = 1;
      for (let i = 0; i <= length; i += 1) {
        for (let j = i; j <= length; j += delta) {
          let t: unknown = j === length ? EOS : tags[j];
          if (t === skip) continue;
          if (j < length) {
            const hint = hints[j] ?? 0;
            if (hint) t = hint + HINT_BASE;
          }
          ns = step(state, t);
          if (!state && ns) first = j;
          if (terminalOf[ns]) {
            push(patterns, first, j + delta - 1, ns);
            i = j;
            j = length + 100;
            ns = 0;
            lastOtherwiseState = 0;
          } else if (ns === 0) {
            if (lastOtherwiseState) {
              push(patterns, first, lastOtherwiseIndex, lastOtherwiseState);
              i = lastOtherwiseIndex;
              j = length + 100;
              ns = 0;
              lastOtherwiseState = 0;
            } else j = length + 100;
          }
          state = ns;
          const other = otherwise[state] ?? 0;
          if (other) {
            lastOtherwiseIndex = j + delta - 1;
            lastOtherwiseState = other;
          }
        }
      }
      return patterns;
    },
  };
}
