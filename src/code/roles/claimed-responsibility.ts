import type { CueHit } from '../candidate.js';
import { tokenIndexAt, type SentenceView } from '../sentence-view.js';
import { findActorsBefore, type FoundActor } from './role-search.js';

// The verbs of owning to an act: "claimed responsibility for", "took responsibility for".
const OWNS = new Set([
  'claimed',
  'claims',
  'claim',
  'claiming',
  'took',
  'takes',
  'take',
  'taking',
  'accepted',
  'accepts',
  'admitted',
]);
// Words between "for" and the noun: "the", "a", modifiers ("the deadly rocket attack").
const MODIFIERS_AT_MOST = 4;

/**
 * "Xian rebels claimed responsibility for the attack": the one who owns to an act named by an
 * event noun did it. The parties of the cue on the verb of owning, else the party before that
 * verb; null where the noun is not the object of "responsibility for".
 */
export function responsibilityClaimer(
  view: SentenceView,
  first: number,
  hits: readonly CueHit[],
  blocked: Set<number>,
): FoundActor[] | null {
  // "for the attack", "for the deadly rocket attack": a determiner and modifiers between
  let k = first - 1;
  for (
    let m = 0;
    m < MODIFIERS_AT_MOST &&
    k > 0 &&
    /^[a-z][a-z-]*$/.test(view.tokens[k]?.text ?? '') &&
    view.tokens[k]?.lower !== 'for';
    m++
  )
    k--;
  if (view.tokens[k]?.lower !== 'for' || view.tokens[k - 1]?.lower !== 'responsibility')
    return null;
  let v = k - 2;
  if (/^(?:full|sole|public)$/.test(view.tokens[v]?.lower ?? '')) v--;
  const verb = view.tokens[v];
  if (!verb || !OWNS.has(verb.lower)) return null;
  const cue = hits.find(
    (h) => h.view === view && h.span.start <= verb.start && verb.end <= h.span.end,
  );
  if (cue && cue.sources.length > 0)
    return cue.sources.map((ref) => ({
      ref,
      at: ref.span ? tokenIndexAt(view, ref.span.start) : v,
      prep: '',
    }));
  return findActorsBefore(view, v, blocked);
}
