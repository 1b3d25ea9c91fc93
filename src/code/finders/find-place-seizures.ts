import type { PlaceMention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate, stateOfPlace, triggerOfTokens } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import type { SentenceView } from '../sentence-view.js';

// Taking a town: the place itself is the object, so no word list of objects can say it.
const TAKING: TriggerEntry = { id: 'take-place', pos: 'verb', type: 'COERCE', mode: 'seize' };
// "the fall of Xville": the town's state loses it; who took it is told elsewhere.
const FALL: TriggerEntry = {
  id: 'fall-of-place',
  pos: 'noun',
  type: 'COERCE',
  mode: 'seize',
  rolesFixed: true,
};
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
// Words between "take" and the place: "took control of", "taken over".
const TAKE_LINK = new Set(['control', 'of', 'over', 'the', 'city', 'town', 'of']);
// A town, a region or a site can be taken; a whole country is invaded, not taken.
const TAKEN_PRECISION = new Set(['city', 'region', 'site']);

function placeAt(view: SentenceView, i: number): PlaceMention | null {
  const m = view.mentionAt.get(i)?.find((x): x is PlaceMention => x.kind === 'place');
  return m && TAKEN_PRECISION.has(m.place.precision) ? m : null;
}

// The state a town lies in, as the party that loses it.
function townState(m: PlaceMention): EventCandidate['recipients'] {
  return m.place.country ? [stateOfPlace(m.place, m.place.country)] : [];
}

function candidate(
  view: SentenceView,
  entry: TriggerEntry,
  i: number,
  last: number,
  why: string,
  recipients: EventCandidate['recipients'],
): EventCandidate {
  const first = view.tokens[i];
  return newCandidate({
    view,
    entry,
    type: entry.type,
    mode: entry.mode,
    first: i,
    last,
    trigger: triggerOfTokens(view, i, last),
    ruleId: `trigger/${entry.pos}/${entry.id}`,
    passive: false,
    actors: [],
    recipients,
    rolesFixed: entry.rolesFixed === true,
    notes: [`trigger "${first?.text ?? ''}" (${entry.id} -> COERCE/seize): ${why}`],
  });
}

/**
 * "the rebels took Xville", "since taking Xville", "took control of Xville": taking a named town
 * or region is seizing it (COERCE/seize; roles from the clause, the town's state through the
 * rules on places). "the fall of Xville": the town's state lost it (COERCE/seize acted on that
 * state, by whoever the article says).
 */
export function findPlaceSeizures(view: SentenceView): EventCandidate[] {
  const out: EventCandidate[] = [];
  const t = view.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]?.lower ?? '';
    if (TAKE.has(w)) {
      let k = i + 1;
      while (k < i + 4 && TAKE_LINK.has(t[k]?.lower ?? '')) k++;
      // the clause gives the roles; rules on places and opponents give the town's state
      if (placeAt(view, k))
        out.push(candidate(view, TAKING, i, i, 'verb with a town as object', []));
    } else if (w === 'fall' && t[i + 1]?.lower === 'of' && t[i - 1]?.lower === 'the') {
      const place = placeAt(view, i + 2);
      if (place?.place.country)
        out.push(candidate(view, FALL, i, i, 'the fall of a town', townState(place)));
    }
  }
  return out;
}
