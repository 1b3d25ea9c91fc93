import { NEGATORS } from '../../annotate/english/closed-class.js';
import type { EventType } from '../../model/index.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';

const ills = wordsTagged('fought-ill');

// The acts of force a promise may name: vowing one is a threat (PLOVER codes an announced
// coercive act as THREATEN, a promised cooperative one as AGREE), with the THREATEN mode it gets.
type ModeOf = (mode: string | null) => string;
const FORCE: ReadonlyMap<EventType, ModeOf> = new Map<EventType, ModeOf>([
  ['ASSAULT', () => 'violence'],
  ['SANCTION', () => 'sanction'],
  ['COERCE', (mode) => (mode === 'arrest' || mode === 'curfew' ? mode : 'restrict')],
  // "vowed to retaliate": the complement is a threat already, its mode stays
  ['THREATEN', (mode) => mode ?? 'violence'],
]);
// The verbs of a one-sided promise: agreeing or offering to act with others is not threatening.
const PROMISES = new Set(['promise', 'pledge', 'vow']);
// How far after the promise its complement's verb may stand ("vowed on Monday to attack"), as
// drop-governed reads complements.
const WINDOW = 8;
// How far after the promise an act noun that is its object may stand ("pledged a swift and harsh response").
const NOUN_WINDOW = 5;

/**
 * "X vowed to attack Y", "X pledged to impose sanctions on Y", "X vowed to retaliate", "X promised
 * swift retaliation": a promise whose complement or object is an act of force, or a threat of one,
 * is a threat of that act. The promise
 * verb (an AGREE trigger of promising, pledging or vowing that governs its complement) becomes
 * THREATEN; its complement, the verb right after "to", is dropped as a complement by
 * drop-governed, which runs next. A promise not to use force ("vowed not to attack") stays a
 * promise, as does one to fight a social ill (word tag `fought-ill`: "vowed to
 * fight corruption").
 */
export function recodeVowedForce(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'AGREE' || c.entry.governs !== true || !PROMISES.has(c.entry.lemma ?? ''))
      continue;
    const tokens = c.view.tokens;
    const act = cands.find(
      (d) =>
        d !== c &&
        d.view === c.view &&
        d.first > c.last &&
        FORCE.has(d.type) &&
        (d.entry.pos === 'verb'
          ? d.first > c.last + 1 &&
            d.first - c.last <= WINDOW &&
            tokens[d.first - 1]?.lower === 'to'
          : // "vowed swift retaliation": the promise's object, a modifier or two before it
            d.first - c.last <= NOUN_WINDOW),
    );
    if (!act) continue;
    // no negation and no other clause between the promise and the act
    const between = tokens.slice(c.last + 1, act.first).map((t) => t.lower);
    if (between.some((w) => NEGATORS.has(w) || w === ',' || w === 'and')) continue;
    // "vowed to fight corruption": a social ill fought is no act of force
    const object = tokens.slice(act.last + 1, act.last + 3).map((t) => t.lower);
    if (object.some((w) => ills().has(w))) continue;
    const mode = FORCE.get(act.type)?.(act.mode) ?? null;
    c.notes.push(
      `a promise of force: "${act.trigger.text}" (${act.type}) makes it THREATEN${mode ? `/${mode}` : ''}`,
    );
    c.type = 'THREATEN';
    c.mode = mode;
  }
  return cands;
}
