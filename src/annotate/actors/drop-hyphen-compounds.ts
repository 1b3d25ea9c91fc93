import type { Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';

const HYPHEN = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014']);

function joined(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/**
 * Drops a state inside a compound word: "Russian-language", "Kremlin-backed", "pro-Russian",
 * "anti-American" describe something else. "Russia-Ukraine" (two names) stays.
 */
export function dropHyphenCompounds(cands: ActorCandidate[], tokens: Token[]): ActorCandidate[] {
  // Most sentences drop nothing: they keep their array.
  let k = 0;
  while (k < cands.length && !inCompound(cands[k], tokens)) k++;
  if (k === cands.length) return cands;
  return cands.filter((c) => !inCompound(c, tokens));
}

// "Russian-language" (the name, then a joined lower-case word) or "pro-Russian" (the reverse).
function inCompound(c: ActorCandidate | undefined, tokens: Token[]): boolean {
  if (!c) return false;
  const last = tokens[c.to - 1];
  const dash = tokens[c.to];
  const word = tokens[c.to + 1];
  if (
    dash &&
    HYPHEN.has(dash.text) &&
    joined(last, dash) &&
    joined(dash, word) &&
    /^\p{Ll}/u.test(word?.text ?? '')
  )
    return true;
  const first = tokens[c.from];
  const lead = tokens[c.from - 1];
  const before = tokens[c.from - 2];
  return (
    !!lead &&
    HYPHEN.has(lead.text) &&
    joined(lead, first) &&
    joined(before, lead) &&
    /^\p{Ll}/u.test(before?.text ?? '')
  );
}
