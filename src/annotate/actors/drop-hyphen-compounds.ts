import type { Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';
import { firesCompound, leadsCompound } from './leader-compounds.js';

const HYPHEN = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014']);

function joined(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

// "Xia-backed rebels": the state is a party, the one that backs them (the code stage codes it).
const BACKING = new Set(['backed', 'supported', 'sponsored', 'funded', 'financed', 'armed']);

// "Xia-held villages", "a Xia-flagged tanker": the state holds the place or owns the ship, so it
// is the party an attack on it hits.
const HOLDING = new Set(['held', 'controlled', 'occupied', 'flagged', 'owned', 'registered']);

/**
 * The rule id of a state named as the holder in "Xia-held towns" or "a Xia-flagged ship": unlike
 * a backer it stays among the sentence's parties (the code stage's role search finds it in the
 * place's phrase).
 */
export const HOLDER_RULE = 'actor/holder';

/** The rule id of a state named as the backer in "Xia-backed": not a party to the phrase's acts. */
export const BACKER_RULE = 'actor/backer';

/**
 * Drops a state inside a compound word: "Russian-language", "pro-Russian", "anti-American"
 * describe something else. "Russia-Ukraine" (two names) stays. In "Kremlin-backed" the state
 * stays as the backer ({@link BACKER_RULE}); in "Xia-led" it stays a party ({@link leadsCompound}),
 * and in "Xia-launched rockets" the one that fired them ({@link firesCompound}).
 */
export function dropHyphenCompounds(cands: ActorCandidate[], tokens: Token[]): ActorCandidate[] {
  // Most sentences drop nothing: they keep their array.
  let k = 0;
  while (k < cands.length && !inCompound(cands[k], tokens)) k++;
  if (k === cands.length) return cands;
  return cands.flatMap((c) => {
    if (!inCompound(c, tokens) || leadsCompound(c, tokens) || firesCompound(c, tokens)) return [c];
    if (holds(c, tokens)) return [{ ...c, ruleId: HOLDER_RULE }];
    return backs(c, tokens) ? [{ ...c, ruleId: BACKER_RULE }] : [];
  });
}

function holds(c: ActorCandidate, tokens: Token[]): boolean {
  return HOLDING.has(tokens[c.to + 1]?.key ?? '') && HYPHEN.has(tokens[c.to]?.text ?? '');
}

function backs(c: ActorCandidate, tokens: Token[]): boolean {
  return BACKING.has(tokens[c.to + 1]?.key ?? '') && HYPHEN.has(tokens[c.to]?.text ?? '');
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
