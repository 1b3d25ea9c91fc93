import type { SentenceView } from '../sentence-view.js';
import type { FoundActor } from './role-search.js';

// "in solidarity with X", "in support of X", "on behalf of X", "in favour of X": the noun before
// the preposition that makes X a side helped, not one acted against.
const FOR_SIDE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['with', new Set(['solidarity'])],
  ['of', new Set(['support', 'behalf', 'favour', 'favor', 'defence', 'defense'])],
]);

/**
 * Whether a party found after a trigger stands in a phrase that names the side an act is done for
 * ("attacks in solidarity with Xians", "strikes in support of Yia"): an act of force is not aimed
 * at it.
 */
export function namesSideHelped(view: SentenceView, found: FoundActor): boolean {
  return helpedAt(view, found.at);
}

// Whether the words right before token `k` make what stands there a side helped.
function helpedAt(view: SentenceView, k: number): boolean {
  const prep = view.tokens[k - 1]?.lower ?? '';
  return FOR_SIDE.get(prep)?.has(view.tokens[k - 2]?.lower ?? '') === true;
}

/** The codes of the parties a sentence names as a side helped ({@link namesSideHelped}). */
export function sidesHelpedIn(view: SentenceView): Set<string> {
  const out = new Set<string>();
  for (const [i, mentions] of view.mentionAt) {
    if (!helpedAt(view, i)) continue;
    for (const m of mentions) if (m.kind === 'actor') out.add(m.actor.code);
  }
  return out;
}
