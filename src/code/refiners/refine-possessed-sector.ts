import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';

/** A noun naming a part of a state, as the actor dictionaries list it. */
export interface PartNoun {
  names: string[];
  sector: string;
  adjective?: boolean | undefined;
}

const POSSESSIVE = /^['’]s\s+/;
const WORD = /^[a-z][a-z-]*$/;
const LOOKAHEAD = 5;

/** Does `words` start with the name, allowing one modifier before any of its words? */
function startsWithName(words: string[], name: string[]): boolean {
  // skip -1: the name as it stands; skip k: one modifier before its k-th word (no allocation)
  outer: for (let skip = -1; skip < name.length; skip++) {
    const length = name.length + (skip >= 0 ? 1 : 0);
    for (let k = 0; k < length; k++) {
      const got = words[k];
      if (got === undefined) continue outer;
      if (k === skip) {
        if (!WORD.test(got)) continue outer;
      } else if (got !== name[skip >= 0 && k > skip ? k - 1 : k]) continue outer;
    }
    return true;
  }
  return false;
}

interface SplitNoun {
  words: string[];
  noun: PartNoun;
}

const splitCache = new WeakMap<PartNoun[], SplitNoun[]>();

// Names split once per dictionary, longest first: the first match is the most specific.
function splitNouns(nouns: PartNoun[]): SplitNoun[] {
  let split = splitCache.get(nouns);
  if (!split) {
    split = nouns
      .filter((noun) => !noun.adjective)
      .flatMap((noun) => noun.names.map((n) => ({ words: n.toLowerCase().split(/\s+/), noun })))
      .sort((a, b) => b.words.length - a.words.length);
    splitCache.set(nouns, split);
  }
  return split;
}

function partNamed(
  view: EventCandidate['view'],
  ref: ActorRef,
  nouns: SplitNoun[],
): PartNoun | null {
  if (!ref.span) return null;
  const at = ref.span.end - view.sentence.span.start;
  const text = view.sentence.text;
  // cheap test first: most actors are not followed by a possessive
  if (!"'’".includes(text[at] ?? 'x') || text[at + 1] !== 's') return null;
  const m = POSSESSIVE.exec(text.slice(at, at + 80));
  if (!m) return null;
  const words = text
    .slice(at + m[0].length, at + 80)
    .split(/\s+/, LOOKAHEAD)
    .map((w) => w.toLowerCase().replace(/[^a-z-]+$/, ''));
  return nouns.find((n) => startsWithName(words, n.words))?.noun ?? null;
}

/**
 * "Moscow's upper parliamentary chamber": the part of the state named after a possessive sets
 * the sector, even with a modifier inside the name the dictionary lists ("upper chamber").
 */
export function refinePossessedSector(
  cands: EventCandidate[],
  { partNouns: nouns }: CodeContext,
): EventCandidate[] {
  if (nouns.length === 0) return cands;
  const split = splitNouns(nouns);
  // candidates of one sentence share their parties: each party is read once
  const seen = new Map<string, PartNoun | null>();
  for (const c of cands)
    for (const list of [c.actors, c.recipients])
      list.forEach((ref, i) => {
        const key = `${c.view.index}:${ref.span?.end ?? -1}`;
        let part = seen.get(key);
        if (part === undefined) {
          part = partNamed(c.view, ref, split);
          seen.set(key, part);
        }
        if (!part || part.sector === ref.sector) return;
        list[i] = { ...ref, sector: part.sector };
        c.notes.push(
          `sector of ${ref.code} ("${ref.text}") is ${part.sector}: the part of the state named after it`,
        );
      });
  return cands;
}
