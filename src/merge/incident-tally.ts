import type { ActorRef, Modality, Place, When } from '../model/index.js';
import { dateRange } from './compatible-events.js';
import type { Member, MemberKey } from './member-order.js';
import { compareMemberKeys, dyadOf, memberKeyOf } from './member-order.js';

/** A party counted on one side: how many members name it, and the ref of the first that does. */
interface PartyCount {
  n: number;
  first: MemberKey;
  ref: ActorRef;
}

/** The members' counts of one side (doers or those done to). */
interface SideTally {
  /** Members naming anyone on the side. */
  naming: number;
  codes: Map<string, PartyCount>;
}

/** The earliest date of some members: its range's start, then member order, and the date. */
interface DatePick {
  lo: string;
  first: MemberKey;
  when: When;
}

interface LeadPick {
  first: MemberKey;
  modality: Modality;
  summary: string;
}

/**
 * The counts an incident's head is read from (type, mode, parties, place, date, lead, first and
 * last report, id, storyline anchor): adding a member updates them without reading the others,
 * and the head of an extended incident is the same function of the same counts as the head of
 * one derived from all its members. Its size follows how many kinds of things the members name,
 * not how many members there are.
 */
export interface IncidentTally {
  members: number;
  /** The smallest event id (by code unit): what the incident's id is made from. */
  minEventId: string;
  types: Map<string, number>;
  modes: Map<string, number>;
  actors: SideTally;
  recipients: SideTally;
  places: Map<string, { n: number; first: MemberKey; place: Place }>;
  anyDate: DatePick | null;
  dayDate: DatePick | null;
  lead: LeadPick | null;
  asserted: LeadPick | null;
  published: { min: string | null; max: string | null };
  /** How many members report each pair of parties: what the storyline anchor is chosen from. */
  dyads: Map<string, number>;
}

/** A tally of no members. */
export function emptyTally(): IncidentTally {
  return {
    members: 0,
    minEventId: '',
    types: new Map(),
    modes: new Map(),
    actors: { naming: 0, codes: new Map() },
    recipients: { naming: 0, codes: new Map() },
    places: new Map(),
    anyDate: null,
    dayDate: null,
    lead: null,
    asserted: null,
    published: { min: null, max: null },
    dyads: new Map(),
  };
}

const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

/** The earlier of two picks in member order (null: none yet). */
function earlier<T extends { first: MemberKey }>(a: T | null, b: T): T {
  return a && compareMemberKeys(a.first, b.first) <= 0 ? a : b;
}

function countSide(side: SideTally, refs: readonly ActorRef[], key: MemberKey): void {
  if (refs.length > 0) side.naming++;
  // A member naming a code twice counts once, with its last ref of that code.
  for (const ref of new Map(refs.map((x) => [x.code, x])).values()) {
    const c = side.codes.get(ref.code);
    if (!c) side.codes.set(ref.code, { n: 1, first: key, ref });
    else {
      c.n++;
      if (compareMemberKeys(key, c.first) < 0) Object.assign(c, { first: key, ref });
    }
  }
}

/** A date pick earlier than `held` by range start, then member order (as a stable sort by start). */
function earlierDate(held: DatePick | null, pick: DatePick): DatePick {
  if (!held) return pick;
  const byStart = pick.lo.localeCompare(held.lo);
  return byStart < 0 || (byStart === 0 && compareMemberKeys(pick.first, held.first) < 0)
    ? pick
    : held;
}

/**
 * Counts one member into `tally` (changed in place). Any order of adding gives the same tally.
 *
 * @example
 * const tally = emptyTally();
 * for (const m of members) addToTally(tally, m);
 */
export function addToTally(tally: IncidentTally, member: Member): void {
  const { event, article } = member;
  const key = memberKeyOf(member);
  tally.members++;
  if (tally.members === 1 || event.id < tally.minEventId) tally.minEventId = event.id;
  bump(tally.types, event.type);
  if (event.mode) bump(tally.modes, event.mode);
  countSide(tally.actors, event.actors, key);
  countSide(tally.recipients, event.recipients, key);
  if (event.place) {
    const k = `${event.place.name}|${event.place.country}`;
    const c = tally.places.get(k);
    if (!c) tally.places.set(k, { n: 1, first: key, place: event.place });
    else {
      c.n++;
      if (compareMemberKeys(key, c.first) < 0) Object.assign(c, { first: key, place: event.place });
    }
  }
  if (event.when) {
    const pick = { lo: dateRange(event.when)?.lo ?? '', first: key, when: event.when };
    tally.anyDate = earlierDate(tally.anyDate, pick);
    if (event.when.precision === 'day') tally.dayDate = earlierDate(tally.dayDate, pick);
  }
  const lead = { first: key, modality: event.modality, summary: event.summary };
  tally.lead = earlier(tally.lead, lead);
  if (event.modality === 'asserted') tally.asserted = earlier(tally.asserted, lead);
  const p = article.published;
  if (p !== null) {
    if (tally.published.min === null || p < tally.published.min) tally.published.min = p;
    if (tally.published.max === null || p > tally.published.max) tally.published.max = p;
  }
  bump(tally.dyads, dyadOf(event));
}

/** The tally of `members`. */
export function tallyOf(members: readonly Member[]): IncidentTally {
  const tally = emptyTally();
  for (const m of members) addToTally(tally, m);
  return tally;
}

/** A deep copy, so a plan can extend a tally it read without changing it. */
export function copyTally(tally: IncidentTally): IncidentTally {
  return tallyFromJson(tallyToJson(tally));
}

type Entries<T> = [string, T][];

/** The tally as JSON (maps as entry lists): what a store keeps in the incident's row. */
export function tallyToJson(tally: IncidentTally): string {
  const side = (s: SideTally) => ({ naming: s.naming, codes: [...s.codes] });
  return JSON.stringify({
    ...tally,
    types: [...tally.types],
    modes: [...tally.modes],
    actors: side(tally.actors),
    recipients: side(tally.recipients),
    places: [...tally.places],
    dyads: [...tally.dyads],
  });
}

/** A tally read back from `tallyToJson`. */
export function tallyFromJson(json: string): IncidentTally {
  const raw = JSON.parse(json) as Omit<
    IncidentTally,
    'types' | 'modes' | 'actors' | 'recipients' | 'places' | 'dyads'
  > & {
    types: Entries<number>;
    modes: Entries<number>;
    actors: { naming: number; codes: Entries<PartyCount> };
    recipients: { naming: number; codes: Entries<PartyCount> };
    places: Entries<{ n: number; first: MemberKey; place: Place }>;
    dyads: Entries<number>;
  };
  const side = (s: { naming: number; codes: Entries<PartyCount> }): SideTally => ({
    naming: s.naming,
    codes: new Map(s.codes),
  });
  return {
    ...raw,
    types: new Map(raw.types),
    modes: new Map(raw.modes),
    actors: side(raw.actors),
    recipients: side(raw.recipients),
    places: new Map(raw.places),
    dyads: new Map(raw.dyads),
  };
}

/** The most counted key, ties to the smallest key; null when nothing is counted. */
export function mostCounted(counts: ReadonlyMap<string, number>): string | null {
  let best: [string, number] | null = null;
  for (const [k, n] of counts)
    if (!best || n > best[1] || (n === best[1] && k < best[0])) best = [k, n];
  return best?.[0] ?? null;
}
