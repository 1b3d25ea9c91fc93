import type { Mention, PlaceMention } from '../../model/index.js';
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
const TAKE = new Set([
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'capture',
  'captures',
  'captured',
  'capturing',
  'seize',
  'seizes',
  'seized',
  'seizing',
  'recapture',
  'recaptured',
  'retake',
  'retook',
  'retaken',
  'overran',
  'overrun',
  'overruns',
]);
// Words between "take" and the place: "took control of", "taken over", "captured the town of".
const TAKE_LINK = new Set(['control', 'of', 'over', 'the', 'city', 'town', 'village']);
// "Xville fell to the rebels", "has fallen into the hands of", "fell under the control of".
const FELL = new Set(['fell', 'fallen', 'falls']);
const FELL_TO_FORCE = new Set([
  'rebels',
  'forces',
  'troops',
  'militants',
  'fighters',
  'insurgents',
]);
// How far back the town that fell may stand: "the city of Xville in eastern Xia has fallen".
const FELL_SUBJECT_REACH = 8;
// A town, a region or a site can be taken; a whole country is invaded, not taken.
const TAKEN_PRECISION = new Set(['city', 'region', 'site']);

function placeAt(view: SentenceView, i: number): PlaceMention | null {
  const m = view.mentionAt.get(i)?.find((x): x is PlaceMention => x.kind === 'place');
  return m && isTakeable(m) ? m : null;
}

function isTakeable(m: Mention): boolean {
  return m.kind === 'place' && TAKEN_PRECISION.has(m.place.precision);
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

// "fell to the rebels", "fallen into the hands of", "fell under the control of": the words after
// the verb say a side took it ("prices fell to 3%" does not).
function fellToSide(view: SentenceView, i: number): boolean {
  const w = (k: number): string => view.tokens[i + k]?.lower ?? '';
  if (w(1) === 'into' && w(2) === 'the' && w(3) === 'hands') return true;
  if (w(1) === 'under' && (w(2) === 'control' || w(3) === 'control')) return true;
  if (w(1) !== 'to') return false;
  const next = view.tokens[i + (w(2) === 'the' ? 3 : 2)];
  return !!next && (FELL_TO_FORCE.has(next.lower) || /^\p{Lu}\p{L}/u.test(next.text));
}

// The town a "fell" is told of: the nearest town before the verb in its clause.
function fallenTown(view: SentenceView, i: number): PlaceMention | null {
  for (let k = i - 1; k >= Math.max(0, i - FELL_SUBJECT_REACH); k--) {
    if (/^[,;:]$/.test(view.tokens[k]?.text ?? '')) return null;
    const place = placeAt(view, k);
    if (place) return place;
  }
  return null;
}

/**
 * "the rebels took Xville", "since taking Xville", "took control of Xville", "captured the town of
 * Xville": taking a named town or region is seizing it (COERCE/seize; roles from the clause, the
 * town's state through the rules on places). "the fall of Xville", "Xville fell to the rebels": the town's state lost it
 * (COERCE/seize acted on that state, by whoever the article says).
 */
export function findPlaceSeizures(view: SentenceView): EventCandidate[] {
  // every reading needs a town or region named in the sentence: most name none
  if (!view.mentions.some(isTakeable)) return [];
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
    } else if (FELL.has(w) && fellToSide(view, i)) {
      const place = fallenTown(view, i);
      if (place?.place.country)
        out.push(candidate(view, FALL, i, i, 'a town fell to a side', townState(place)));
    }
  }
  return out;
}
