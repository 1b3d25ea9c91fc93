import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';
import type { TriggerIndex } from '../finders/trigger-index.js';
import { uniqueRefs } from '../roles/role-search.js';
import { inDifferentTowns } from './different-towns.js';
import { ledeRetells } from './lede-retells.js';
import { directedAfterMutual, noteMutualActs } from './mutual-or-directed.js';

function group(c: EventCandidate): string {
  if (c.mode === 'troops' && (c.type === 'AID' || c.type === 'MOBILIZE')) return 'troops';
  if (c.type === 'AGREE' || c.type === 'SUPPORT') return 'agree';
  return c.type;
}

function overlapOrEmpty(a: { code: string }[], b: { code: string }[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x.code === y.code));
}

const REPORT_LAG_DAYS = 7;

function datesAgree(a: EventCandidate, b: EventCandidate): boolean {
  // attacks and casualty counts recur: reports of them on different days are different events
  const strict = group(a) === 'ASSAULT' || group(a) === 'COERCE';
  if (!a.when || !b.when) return true;
  if (strict && pastBeforeNews(a, b)) return false;
  if (
    strict
      ? a.whenSource === 'published' || b.whenSource === 'published'
      : a.whenSource !== 'text' || b.whenSource !== 'text'
  )
    return true;
  const x = a.when.date;
  const y = b.when.date;
  // a statement reports an attack on or some days after it happened
  if (strict && a.whenSource !== b.whenSource && x.length === 10 && y.length === 10) {
    const [act, said] = a.whenSource === 'text' ? [x, y] : [y, x];
    const lag = Date.parse(said) - Date.parse(act);
    return lag >= -86_400_000 && lag <= REPORT_LAG_DAYS * 86_400_000;
  }
  if (x.length === 10 && y.length === 10)
    return Math.abs(Date.parse(x) - Date.parse(y)) <= 86_400_000;
  const n = Math.min(x.length, y.length);
  return x.slice(0, n) === y.slice(0, n);
}

// The last day a date of the text may stand for ("2025-05": May 31), as a time in ms.
function lastDay(date: string): number {
  if (date.length === 10) return Date.parse(date);
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return Date.UTC(y ?? 0, m ?? 1, 0);
  }
  return Date.UTC(Number(date.slice(0, 4)), 11, 31);
}

/**
 * "the gunmen who killed 26 tourists last month ... Xia said it had shot down five jets": an
 * attack the text dates to a period that ended more than a few days before the page, and one told
 * with no date of its own (news of the day), are two acts, unless the undated one points back
 * ("the attack", "they were killed").
 */
function pastBeforeNews(a: EventCandidate, b: EventCandidate): boolean {
  const [dated, undated] =
    a.whenSource === 'text' && b.whenSource === 'published'
      ? [a, b]
      : b.whenSource === 'text' && a.whenSource === 'published'
        ? [b, a]
        : [null, null];
  if (!dated?.when || !undated?.when || isDefinite(undated)) return false;
  return Date.parse(undated.when.date) - lastDay(dated.when.date) > REPORT_LAG_DAYS * 86_400_000;
}

// a pledge of support is not the signing of a treaty: within the agree group the type or mode must match
function typesAgree(a: EventCandidate, b: EventCandidate): boolean {
  const g = group(a);
  // fighting beside an ally is ongoing combat: it joins its own kind, or a party-less operation
  // with a mode of its own ("operations to liberate X"), never a casualty count or another attack
  const joint = (c: EventCandidate): boolean => c.entry.sideBySide === true;
  if (joint(a) !== joint(b)) {
    const other = joint(a) ? b : a;
    return other.actors.length + other.recipients.length === 0 && other.mode !== null;
  }
  // within one sentence, several modes tell one attack ("opened fire, killing")
  if (g === 'ASSAULT' || g === 'COERCE') return a.view === b.view || modesAgree(a, b);
  // statements told with different verbs in two sentences are two acts (condemning, summoning an
  // envoy), unless one is the headline or the lede: it retells the article's statement in its own words
  if (a.entry.speech === true && b.entry.speech === true && a.view !== b.view)
    return (
      speechIds(a).some((id) => speechIds(b).includes(id)) ||
      headlineRetells(a, b) ||
      ledeRetells(a, b)
    );
  // a call by phone and a meeting in person are two consultations
  if (
    a.type === 'CONSULT' &&
    b.type === 'CONSULT' &&
    a.mode !== null &&
    b.mode !== null &&
    (a.mode === 'phone') !== (b.mode === 'phone')
  )
    return false;
  if (g !== 'agree') return true;
  // a signed or ratified treaty (SUPPORT/treaty) is not the praise or backing SUPPORT also codes
  const treaty = (c: EventCandidate): boolean => c.mode === 'treaty';
  if (a.type === b.type && (a.type !== 'SUPPORT' || treaty(a) === treaty(b))) return true;
  return a.mode !== null && a.mode === b.mode;
}

// "X slams Y" over "X condemned Y's ...": one side in the headline, and the same speaker on both.
function headlineRetells(a: EventCandidate, b: EventCandidate): boolean {
  if (a.view.headline !== true && b.view.headline !== true) return false;
  return a.actors.some((x) => b.actors.some((y) => x.code === y.code));
}

// The trigger ids of the statements a candidate has absorbed ("denounced ... condemned").
const absorbedIds = new WeakMap<EventCandidate, string[]>();
function speechIds(c: EventCandidate): string[] {
  return [c.entry.id, ...(absorbedIds.get(c) ?? [])];
}

// Modes that name an act of their own, never a part of another attack (a capture is not a shelling).
const SEPARATE_MODES = new Set(['abduct']);

// Across sentences a capture and a casualty count are two acts; "the attack" may name either.
function modesAgree(a: EventCandidate, b: EventCandidate): boolean {
  if (a.mode === b.mode) return true;
  const generic = (c: EventCandidate): boolean =>
    c.mode === null && c.entry.pos === 'noun' && c.entry.victimBefore !== true;
  if (SEPARATE_MODES.has(a.mode ?? '') || SEPARATE_MODES.has(b.mode ?? ''))
    return generic(a) || generic(b);
  return true;
}

const DEFINITE = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'such',
  "'s",
  '’s',
]);

/** "the deployment" points back to an event told before; a bare "troop deployment" may not. */
// A verb's subject may point back too: "the soldiers were captured", "they were captured".
const SUBJECT_BACK = new Set(['the', 'they', 'these', 'those', 'it']);
// A preposition ends the verb's own subject: a "the" before it heads another noun.
const PHRASE_LINK = new Set(['of', 'in', 'at', 'on', 'from', 'among']);

function isDefinite(c: EventCandidate): boolean {
  const t = c.view.tokens;
  // "the fighting", "the shelling": an activity in general, not one event told before
  if (c.entry.pos === 'noun' && /ing$/.test(t[c.first]?.lower ?? '')) return false;
  if (c.entry.pos === 'verb') {
    for (let k = 1; k <= 4; k++) {
      const w = t[c.first - k]?.lower ?? '';
      // "the number of soldiers killed": the article heads the noun the phrase hangs from
      if (PHRASE_LINK.has(w)) return false;
      if (SUBJECT_BACK.has(w)) return true;
    }
    return false;
  }
  return [1, 2].some((k) => definiteWord(t[c.first - k]?.lower ?? ''));
}

// "the", "its", "Monday's": a word that makes the noun after it one told of before.
function definiteWord(w: string): boolean {
  return DEFINITE.has(w) || w.endsWith("'s") || w.endsWith('’s');
}

// The prepositions that place an act inside a larger one: "killed in the attack".
const WITHIN = new Set(['in', 'during']);
// How far after its trigger an act may be placed inside another, in tokens.
const WITHIN_REACH = 6;

/**
 * "Two soldiers were killed and five wounded in the attack": a verb told as part of a definite
 * act of its own type ("in the attack", "during Tuesday's shelling") points back to that act,
 * told before wherever it was, as a definite noun does.
 */
function withinToldAct(c: EventCandidate, triggers: TriggerIndex): boolean {
  if (c.entry.pos !== 'verb') return false;
  const t = c.view.tokens;
  for (let k = c.last + 1; k <= c.last + WITHIN_REACH && k < t.length; k++) {
    if (!WITHIN.has(t[k]?.lower ?? '')) continue;
    // "the attack", "the deadly attack", "Tuesday's attack"
    const det = [k + 1, k + 2].find((j) => definiteWord(t[j]?.lower ?? ''));
    if (det === undefined) continue;
    for (let j = det + 1; j <= det + 2 && j < t.length; j++)
      if (triggers.nouns.get(t[j]?.lower ?? '')?.some((f) => f.entry.type === c.type)) return true;
  }
  return false;
}

/** Can two candidates be one real event? Same type group, parties, dates and figures agree. */
export function canMerge(a: EventCandidate, b: EventCandidate): boolean {
  if (group(a) !== group(b) || a.modality !== b.modality || !typesAgree(a, b)) return false;
  if (!overlapOrEmpty(a.actors, b.actors) || !overlapOrEmpty(a.recipients, b.recipients))
    return false;
  if (directedAfterMutual(a, b) || inDifferentTowns(a, b)) return false;
  if (!datesAgree(a, b)) return false;
  const qa = a.quantity;
  const qb = b.quantity;
  if (
    qa &&
    qb &&
    qa.unit === qb.unit &&
    qa.value !== null &&
    qb.value !== null &&
    qa.value !== qb.value
  )
    return false;
  return true;
}

const SKIP_TO_SUBJECT =
  /^(?:has|have|had|was|is|also|again|then|later|reportedly|formally|publicly|on|today|yesterday|[a-z]+ly)$/;

// "Vice-President Awori has declined": a speaker the dictionaries do not know is still named
function namedSpeakerBefore(c: EventCandidate): boolean {
  for (let k = c.first - 1; k >= Math.max(0, c.first - 4); k--) {
    const t = c.view.tokens[k];
    if (!t) return false;
    if (SKIP_TO_SUBJECT.test(t.lower)) continue;
    return k > 0 && /^\p{Lu}/u.test(t.text);
  }
  return false;
}

const WHEN_RANK = { text: 3, said: 2, published: 1 } as const;

function absorb(into: EventCandidate, from: EventCandidate, why: string): void {
  into.actors = uniqueRefs([...into.actors, ...from.actors]);
  into.recipients = uniqueRefs([...into.recipients, ...from.recipients]).filter(
    (r) => !into.actors.some((a) => a.code === r.code),
  );
  const rankInto = into.whenSource ? WHEN_RANK[into.whenSource] : 0;
  const rankFrom = from.whenSource ? WHEN_RANK[from.whenSource] : 0;
  if (rankFrom > rankInto) {
    into.when = from.when;
    into.whenSource = from.whenSource;
  }
  into.quantity ??= from.quantity;
  into.figures = [
    ...into.figures,
    ...from.figures.filter((f) => !into.figures.some((g) => g.span?.start === f.span?.start)),
  ];
  if (
    !into.place ||
    (into.place.precision === 'country' && from.place && from.place.precision !== 'country')
  )
    into.place = from.place ?? into.place;
  into.mode ??= from.mode;
  if (into.type === 'MOBILIZE' && from.type === 'AID') into.type = 'AID';
  for (const a of from.attributions)
    if (!into.attributions.some((b) => b.source?.code === a.source?.code && b.stance === a.stance))
      into.attributions.push(a);
  for (const v of [from.view, ...from.extraEvidence])
    if (v !== into.view && !into.extraEvidence.includes(v)) into.extraEvidence.push(v);
  absorbedIds.set(into, [...new Set([...(absorbedIds.get(into) ?? []), ...speechIds(from)])]);
  into.notes.push(`merged "${from.trigger.text}" (sentence ${from.view.index + 1}): ${why}`);
  from.notes.push(`merged into "${into.trigger.text}" (sentence ${into.view.index + 1})`);
  from.dropped = 'merged';
}

// A party-less act is news only if its clause names who did it ("gunmen opened fire"); a verb
// with no subject or a pronoun standing for nobody names no one a reader could point to.
function hasNamedDoer(c: EventCandidate): boolean {
  return !c.clause || c.clause.doer !== null;
}

/**
 * One event per real event: a mention with no party joins the nearest compatible event (or is
 * dropped); mentions of one event across headline, lead and background are then merged.
 */
export function mergeEvents(
  cands: EventCandidate[],
  { triggerIndex }: Pick<CodeContext, 'triggerIndex'>,
): EventCandidate[] {
  const withParties = cands.filter((c) => c.actors.length + c.recipients.length > 0);
  noteMutualActs(withParties);
  const orphans: EventCandidate[] = [];
  for (const c of cands) {
    if (c.actors.length + c.recipients.length > 0) continue;
    // a definite noun points back to an event told before; a bare mention joins only a nearby one
    const reach =
      isDefinite(c) || withinToldAct(c, triggerIndex) ? Infinity : c.entry.pos === 'verb' ? 2 : 1;
    const options = withParties
      .filter((o) => Math.abs(o.view.index - c.view.index) <= reach && canMerge(o, c))
      .sort(
        (x, y) =>
          // the same kind of act first (a capture joins a capture), then the nearest
          Number(x.mode !== c.mode) - Number(y.mode !== c.mode) ||
          Math.abs(x.view.index - c.view.index) - Math.abs(y.view.index - c.view.index),
      );
    const target = options[0];
    // several triggers of one party-less act in a sentence ("gunmen opened fire, killing 26")
    const sibling = orphans.find((o) => o.view === c.view && canMerge(o, c));
    if (target) absorb(target, c, 'a mention with no party of its own, same type group');
    else if (sibling) absorb(sibling, c, 'another trigger of the same party-less act');
    else if (
      c.entry.pos === 'verb' &&
      c.mode !== 'troops' &&
      (c.entry.speech !== true || namedSpeakerBefore(c)) &&
      (c.modality === 'asserted' || c.modality === 'planned') &&
      !withParties.some((o) => o.view === c.view) &&
      hasNamedDoer(c)
    ) {
      // a stated or announced act whose parties the dictionaries do not know ("gunmen opened fire") is still news,
      // unless its sentence already reports a coded event; troops need their state, a speech act its speaker
      c.notes.push('kept with no codable party');
      orphans.push(c);
    } else {
      c.dropped = 'no actor or recipient, and no event to join';
    }
  }
  const kept: EventCandidate[] = [];
  for (const c of withParties) {
    // the nearest compatible event: a later mention of a meeting belongs to the meeting told beside it
    const target = kept
      .filter((k) => canMerge(k, c))
      .sort(
        (x, y) => Math.abs(x.view.index - c.view.index) - Math.abs(y.view.index - c.view.index),
      )[0];
    if (target) absorb(target, c, 'same type group, overlapping parties, compatible dates');
    else kept.push(c);
  }
  return [...kept, ...orphans].sort((a, b) => a.view.index - b.view.index || a.first - b.first);
}
