/**
 * Whether every match of a regular expression (source text, no flags that change what a
 * character is) opens with a word character of `\b` (A-Z, a-z, 0-9, _). A conservative
 * reading: true only where the pattern's own first atoms prove it; a construct it does not read
 * (a dot, an anchor, a class with other characters, an escape other than \d and \w, a
 * back-reference) gives false.
 *
 * The stance-cue scan uses it: a cue that opens with `\b` and then a word character can only
 * start where a word starts, and a scan for word starts skips the positions inside and after
 * words faster than `\b` tests them.
 *
 * @example
 * opensWithWordChar('(?:said|told)\\s+'); // true
 * opensWithWordChar('(?:["“])?said');    // false: the opening quote is optional, but may come
 */
export function opensWithWordChar(pattern: string): boolean {
  return sequenceOpens(pattern, 0, pattern.length);
}

const WORD_CHAR = /^[A-Za-z0-9_]$/;

// Whether the sequence in [i, end) opens with a word character in every match.
function sequenceOpens(p: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const ch = p[i] ?? '';
  if (ch === '|' || ch === ')') return false;
  if (ch === '(') {
    const close = closingParen(p, i);
    if (close < 0 || close >= end) return false;
    const zeroWidth = /^\(\?(?:=|!|<=|<!)/.test(p.slice(i, i + 4));
    // a lookaround consumes nothing: the match opens with what follows it
    if (zeroWidth) return sequenceOpens(p, close + 1, end);
    const bodyStart = p.startsWith('(?:', i) ? i + 3 : p[i + 1] === '?' ? -1 : i + 1;
    if (bodyStart < 0) return false; // a named group or another extension: not read
    const groupOpens = alternatives(p, bodyStart, close).every(([a, b]) => sequenceOpens(p, a, b));
    const after = close + 1;
    if (optional(p, after)) return groupOpens && sequenceOpens(p, skipQuantifier(p, after), end);
    return groupOpens;
  }
  if (ch === '\\') {
    const next = p[i + 1] ?? '';
    if (next === 'b') return sequenceOpens(p, i + 2, end);
    if (next !== 'd' && next !== 'w') return false;
    return atomOpens(p, i + 2, end);
  }
  if (ch === '[') {
    const close = closingBracket(p, i);
    if (close < 0) return false;
    const body = p.slice(i + 1, close);
    if (!/^(?:[A-Za-z0-9_](?:-[A-Za-z0-9_])?)+$/.test(body) || !rangesOfWordChars(body))
      return false;
    return atomOpens(p, close + 1, end);
  }
  if (!WORD_CHAR.test(ch)) return false;
  return atomOpens(p, i + 1, end);
}

// An atom of word characters ends at `after`: it opens the match unless it may be left out, in
// which case what follows must open it too.
function atomOpens(p: string, after: number, end: number): boolean {
  if (!optional(p, after)) return true;
  return sequenceOpens(p, skipQuantifier(p, after), end);
}

// A range such as a-z stays inside one kind of word character (no "Z-a", which holds "[").
function rangesOfWordChars(body: string): boolean {
  for (let k = 1; k + 1 < body.length; k++) {
    if (body[k] !== '-') continue;
    const from = body[k - 1] ?? '';
    const to = body[k + 1] ?? '';
    const kind = (c: string): string =>
      /[a-z]/.test(c) ? 'lower' : /[A-Z]/.test(c) ? 'upper' : /[0-9]/.test(c) ? 'digit' : 'other';
    if (kind(from) !== kind(to) || kind(from) === 'other' || from > to) return false;
  }
  return true;
}

// Whether the quantifier at `i` allows none: ?, *, {0 and {0,n}.
function optional(p: string, i: number): boolean {
  const q = p[i];
  return q === '?' || q === '*' || /^\{0[,}]/.test(p.slice(i, i + 3));
}

function skipQuantifier(p: string, i: number): number {
  let j = i;
  if (p[j] === '{') j = p.indexOf('}', j) + 1;
  else j++;
  // a lazy or possessive mark
  if (p[j] === '?') j++;
  return j;
}

/**
 * The alternatives of a pattern, or of a group's body [start, end), split at each `|` outside
 * every group and class, as [from, to) pairs.
 *
 * @example
 * alternatives('a|(?:b|c)', 0, 9); // [[0, 1], [2, 9]]
 */
export function alternatives(p: string, start = 0, end = p.length): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  forEachStructural(p, start, end, (c, k, depth) => {
    if (c === '|' && depth === 0) {
      out.push([from, k]);
      from = k + 1;
    }
    return false;
  });
  out.push([from, end]);
  return out;
}

function closingParen(p: string, open: number): number {
  let close = -1;
  forEachStructural(p, open, p.length, (c, k, depth) => {
    if (c === ')' && depth === 0) close = k;
    return close >= 0;
  });
  return close;
}

// The characters of p in [start, end) that stand outside every class, escapes passed over, each
// with the group depth it stands at: a "(" at the depth it opens from, a ")" at the depth it
// closes to (from 0 at `start`). `visit` returns true to stop.
function forEachStructural(
  p: string,
  start: number,
  end: number,
  visit: (c: string, k: number, depth: number) => boolean,
): void {
  let depth = 0;
  let inClass = false;
  for (let k = start; k < end; k++) {
    const c = p[k] ?? '';
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (visit(c, k, c === ')' ? --depth : c === '(' ? depth++ : depth)) return;
  }
}

function closingBracket(p: string, open: number): number {
  for (let k = open + 1; k < p.length; k++) {
    if (p[k] === '\\') k++;
    else if (p[k] === ']') return k;
  }
  return -1;
}
