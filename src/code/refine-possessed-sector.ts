import type { ActorRef } from '../model/index.js';
import type { EventCandidate } from './candidate.js';

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
  for (let skip = -1; skip < name.length; skip++) {
    const expected: (string | null)[] = [...name];
    if (skip >= 0) expected.splice(skip, 0, null);
    if (
      expected.every((w, k) => {
        const got = words[k];
        return got !== undefined && (w === null ? WORD.test(got) : got === w);
      })
    )
      return true;
  }
  return false;
}

function partNamed(
  view: EventCandidate['view'],
  ref: ActorRef,
  nouns: PartNoun[],
): PartNoun | null {
  if (!ref.span) return null;
  const rest = view.sentence.text.slice(ref.span.end - view.sentence.span.start);
  const m = POSSESSIVE.exec(rest);
  if (!m) return null;
  const words = rest
    .slice(m[0].length)
    .split(/\s+/, LOOKAHEAD)
    .map((w) => w.toLowerCase().replace(/[^a-z-]+$/, ''));
  let best: { noun: PartNoun; length: number } | null = null;
  for (const noun of nouns) {
    if (noun.adjective) continue;
    for (const n of noun.names) {
      const name = n.toLowerCase().split(/\s+/);
      if (startsWithName(words, name) && (!best || name.length > best.length))
        best = { noun, length: name.length };
    }
  }
  return best?.noun ?? null;
}

/**
 * "Moscow's upper parliamentary chamber": the part of the state named after a possessive sets
 * the sector, even with a modifier inside the name the dictionary lists ("upper chamber").
 */
export function refinePossessedSector(
  cands: EventCandidate[],
  nouns: PartNoun[],
): EventCandidate[] {
  if (nouns.length === 0) return cands;
  for (const c of cands)
    for (const list of [c.actors, c.recipients])
      list.forEach((ref, i) => {
        const part = partNamed(c.view, ref, nouns);
        if (!part || part.sector === ref.sector) return;
        list[i] = { ...ref, sector: part.sector };
        c.notes.push(
          `sector of ${ref.code} ("${ref.text}") is ${part.sector}: the part of the state named after it`,
        );
      });
  return cands;
}
