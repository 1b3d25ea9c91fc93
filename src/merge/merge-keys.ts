import type { Event, EventType } from '../model/index.js';
import { addDays, effectiveDate } from './compatible-events.js';
import { isLossTally } from './loss-tallies.js';
import { compatibleTypes, windowFor } from './type-groups.js';
import { unclaimedAttackCodes } from './unclaimed-attacks.js';

/** How precise a merge key's date is: a day, within a month, within a year, or undated. */
export type SpanClass = 'd' | 'm' | 'y' | 'n';

/**
 * One lookup key of a stored event: a party's code, the type, the date class and range of its
 * effective date, and whether the party is a doer (only doers' keys are ever looked up).
 */
export interface MergeKey {
  code: string;
  type: EventType;
  span: SpanClass;
  dateLo: string | null;
  dateHi: string | null;
  doer: boolean;
}

/** Which dates a key lookup admits. */
export type KeyDates =
  /** The event has no date at all: any report of these doers may be the same event. */
  | { span: 'any' }
  /** Keys of this date class whose `dateLo` lies in [from, to]. */
  | { span: 'd' | 'm' | 'y'; from: string; to: string }
  /** Undated keys. */
  | { span: 'n' };

/** One candidate lookup: keys of a doer's code and a type, dates as given. */
export interface KeyQuery {
  code: string;
  type: EventType;
  dates: KeyDates;
}

/** Each dated class and the slack a lookup needs for it (how far `dateLo` may precede). */
const SPAN_SLACK: readonly ['d' | 'm' | 'y', number][] = [
  ['d', 0],
  ['m', 31],
  ['y', 366],
];

function spanClass(range: { lo: string; hi: string } | null): SpanClass {
  if (!range) return 'n';
  if (range.lo === range.hi) return 'd';
  return addDays(range.lo, 31) >= range.hi ? 'm' : 'y';
}

/**
 * The keys an event is stored under: one per party code, the doers marked. A loss tally is
 * stored as undated: every lookup of its doers reads undated keys, so later tallies find it.
 */
export function mergeKeysOf(event: Event, published: string | null): MergeKey[] {
  const eff = isLossTally(event) ? null : effectiveDate(event, published);
  const span = spanClass(eff);
  // an attack with no named doer is looked up under the state it struck (unclaimed-attacks.ts)
  const doers = new Set([...event.actors.map((r) => r.code), ...unclaimedAttackCodes(event)]);
  const parties = [...event.actors, ...event.recipients].map((r) => r.code);
  return [...new Set([...parties, ...doers])].map((code) => ({
    code,
    type: event.type,
    span,
    dateLo: eff?.lo ?? null,
    dateHi: eff?.hi ?? null,
    doer: doers.has(code),
  }));
}

/**
 * The lookups that find an event's merge candidates: each of its doers' codes, each compatible
 * type, and dates within the pair's window (each date class with its own slack), so the cost
 * follows the number of nearby reports, not the size of the store. Compatible events share a
 * doer, so only doers' keys are read; an attack with no named doer reads and writes the key of
 * the state it struck as struck by an unnamed doer (`?>IND`, unclaimed-attacks.ts).
 */
export function keyQueriesFor(event: Event, published: string | null): KeyQuery[] {
  const codes = [...new Set([...event.actors.map((r) => r.code), ...unclaimedAttackCodes(event)])];
  const eff = effectiveDate(event, published);
  const out: KeyQuery[] = [];
  for (const type of compatibleTypes(event.type)) {
    const window = windowFor(event.type, type) ?? 0;
    for (const code of codes) {
      if (!eff) {
        out.push({ code, type, dates: { span: 'any' } });
        continue;
      }
      for (const [span, slack] of SPAN_SLACK)
        out.push({
          code,
          type,
          dates: { span, from: addDays(eff.lo, -window - slack), to: addDays(eff.hi, window) },
        });
      out.push({ code, type, dates: { span: 'n' } });
    }
  }
  return out;
}

/** Whether a stored key answers a lookup: what a store's key index computes, for keys in memory. */
export function keyMatches(key: MergeKey, query: KeyQuery): boolean {
  if (!key.doer || key.code !== query.code || key.type !== query.type) return false;
  const d = query.dates;
  if (d.span === 'any') return true;
  if (d.span !== key.span) return false;
  if (d.span === 'n') return true;
  return key.dateLo !== null && key.dateLo >= d.from && key.dateLo <= d.to;
}
