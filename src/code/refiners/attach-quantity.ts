import {
  loadUnitIndex,
  unitKind,
  withModels,
  type UnitIndex,
} from '../../annotate/quantities/load-units.js';
import type { ActorRef, Quantity, QuantityMention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { tokenIndexAt } from '../sentence-view.js';

const LOSSES = ['casualties', 'killed', 'wounded', 'captured', 'missing'];
const ARMS = ['missiles', 'shells', 'containers', 'drones', 'weapons', 'vehicles', 'aircraft'];

/**
 * Which units count for which events, best first: a troop deployment counts troops (sappers and
 * builders are troops of their own trade), an attack its losses, what it downed and what it hit.
 * `also`: units an event takes only when its sentence has none of the `counts`.
 */
interface UnitChoice {
  counts: readonly string[];
  also: readonly string[];
}
// The choices of unitsFor, made once: the rule runs on every candidate of every article.
const TROOPS = ['troops', 'sappers', 'builders'];
const ATTACK_COUNTS = [...LOSSES, 'aircraft', 'vessels', 'boats', 'sites'];
const TROOP_UNITS: UnitChoice = { counts: TROOPS, also: [] };
const LOSS_UNITS: UnitChoice = { counts: ATTACK_COUNTS, also: ['people'] };
const LOSS_OR_TROOP_UNITS: UnitChoice = { counts: ATTACK_COUNTS, also: ['people', 'troops'] };
const ARMS_UNITS: UnitChoice = { counts: ARMS, also: ['USD'] };
const FORCE_UNITS: UnitChoice = { counts: [...ARMS, ...TROOPS], also: ['USD'] };
const SEIZURE_UNITS: UnitChoice = {
  counts: ['vessels', 'boats', 'captured'],
  also: ['people', 'troops'],
};
const NO_UNITS: UnitChoice = { counts: [], also: [] };

function unitsFor(c: EventCandidate): UnitChoice {
  if (c.mode === 'troops') return TROOP_UNITS;
  // a noun of losses counts the lost, and a capture the captured: troops beside them ("3,000
  // reinforcements to replace its losses", "deployed 12,000 soldiers") are another event's strength
  if (c.type === 'ASSAULT')
    return c.entry.countsLosses || c.mode === 'abduct' ? LOSS_UNITS : LOSS_OR_TROOP_UNITS;
  // arms sent are counted in arms: the troops sent beside them are another event's figure
  if (c.mode === 'weapons') return ARMS_UNITS;
  if (c.type === 'MOBILIZE' || c.type === 'AID') return FORCE_UNITS;
  if (c.type === 'COERCE') return SEIZURE_UNITS;
  return NO_UNITS;
}

// A unit list with the models of its units, once per list and unit dictionary.
const withModelsOf = new WeakMap<UnitIndex, Map<readonly string[], string[]>>();
function countedUnits(units: readonly string[], index: UnitIndex): string[] {
  let lists = withModelsOf.get(index);
  if (!lists) withModelsOf.set(index, (lists = new Map()));
  let out = lists.get(units);
  if (!out) lists.set(units, (out = withModels(units, index)));
  return out;
}

/**
 * Whose count it is: a party named inside the figure's phrase ("10,000 Freedonian troops",
 * "five Sylvanian jets"); else, for an attack's losses, the side that suffered them (its
 * recipient); for troops, the side that sends or fields them (its actor).
 */
function partyOf(c: EventCandidate, q: Quantity): ActorRef | null {
  const span = q.span ?? { start: 0, end: 0 };
  for (const m of c.view.mentions)
    if (m.kind === 'actor' && m.span.start >= span.start && m.span.end <= span.end) return m.actor;
  const kind = unitKind(q.unit, loadUnitIndex());
  if (kind === 'losses' && c.type === 'ASSAULT') return c.recipients[0] ?? null;
  if (kind === 'people' && q.unit !== 'people') return c.actors[0] ?? null;
  return null;
}

const distance = (c: EventCandidate, m: QuantityMention): number =>
  Math.abs(tokenIndexAt(c.view, m.span.start) - c.first);

/**
 * For each unit, the sentence's figure of that unit nearest the trigger, in `units` order. A
 * figure nearer a rival (another event of the sentence) that counts its unit is the rival's
 * ("Sylvania downed five jets after Freedonian shelling that killed 12": the 12 are the
 * shelling's; a rival that is the same act told twice is merged later and brings it back).
 */
function nearestByUnit(
  c: EventCandidate,
  units: readonly string[],
  rivals: readonly { c: EventCandidate; counts: readonly string[] }[],
): QuantityMention[] {
  const nearest = new Map<string, { d: number; m: QuantityMention }>();
  for (const m of c.view.mentions) {
    if (m.kind !== 'quantity' || !units.includes(m.quantity.unit)) continue;
    const d = distance(c, m);
    const taken = rivals.some((r) => r.counts.includes(m.quantity.unit) && distance(r.c, m) < d);
    if (taken) continue;
    const held = nearest.get(m.quantity.unit);
    if (!held || d < held.d) nearest.set(m.quantity.unit, { d, m });
  }
  return units.flatMap((u) => {
    const found = nearest.get(u);
    return found ? [found.m] : [];
  });
}

/**
 * Attaches the figures of the sentence whose unit fits the event: for each unit it counts, the
 * figure nearest its trigger ("killing 26 and wounding 17" gives both, and "five jets, three of
 * them Rafales" both the jets and the model's count); the best unit's is the
 * event's main `quantity`. Each figure records the party it counts.
 */
export function attachQuantity(cands: EventCandidate[]): EventCandidate[] {
  const index = loadUnitIndex();
  // a model of a unit the event counts is counted too ("five jets, three of them Rafales")
  const counted = cands.map((c) => {
    const { counts, also } = unitsFor(c);
    return { c, counts: countedUnits(counts, index), also };
  });
  for (const { c, counts, also } of counted) {
    // most sentences hold no figure: nothing to look for
    if (!c.view.mentions.some((m) => m.kind === 'quantity')) {
      c.figures = [];
      c.quantity = null;
      continue;
    }
    const rivals = counted.filter((r) => r.c !== c && r.c.view === c.view);
    let found = nearestByUnit(c, counts, rivals);
    // the fallback units only when the sentence counts none of the event's units (a rival's
    // loss is still a loss of this sentence: its troops are no figure of the attack)
    if (nearestByUnit(c, counts, []).length === 0) found = nearestByUnit(c, also, []).slice(0, 1);
    c.figures = found.map((m) => ({ ...m.quantity, party: partyOf(c, m.quantity) }));
    c.quantity = c.figures[0] ?? null;
    for (const q of c.figures)
      c.notes.push(
        `quantity ${q.value ?? q.qualifier} ${q.unit}${q.party ? ` of ${q.party.code}` : ''} from "${q.text}"`,
      );
  }
  return cands;
}
