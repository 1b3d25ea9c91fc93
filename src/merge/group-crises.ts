import { createHash } from 'node:crypto';
import type { Crisis, Incident } from '../model/index.js';

/** Incidents of one pair of parties further apart than this start a new storyline. */
export const CRISIS_GAP_DAYS = 120;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What grouping needs of an incident: light enough to read from columns, not the JSON body. */
export interface CrisisMember {
  id: string;
  /** The incident's date, or the day it was first reported. */
  day: string | null;
  parties: { code: string; name: string }[];
  /** A place finer than a country, or null. */
  place: string | null;
}

/** The grouping input of a full incident. */
export function crisisMemberOf(i: Incident): CrisisMember {
  return {
    id: i.id,
    day: i.when?.date ?? i.firstReported?.slice(0, 10) ?? null,
    parties: [...i.actors, ...i.recipients].map((r) => ({ code: r.code, name: r.name })),
    place: i.place && i.place.precision !== 'country' ? i.place.name : null,
  };
}

function gapDays(a: string, b: string): number {
  return (
    (Date.parse(b.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.padEnd(10, '-01').slice(0, 10))) /
    864e5
  );
}

/** Storyline id from its pair and its earliest incident: the same members, the same id. */
export function crisisIdFor(dyad: string, firstIncidentId: string): string {
  return (
    'cri-' + createHash('sha256').update(`${dyad}|${firstIncidentId}`).digest('hex').slice(0, 12)
  );
}

/**
 * Splits incidents, as (id, day), into runs without a gap of more than CRISIS_GAP_DAYS, in
 * (day, id) order; undated ones go with the first run.
 *
 * @example
 * segmentByGap([{ id: 'a', day: '2025-01-01' }, { id: 'b', day: '2025-09-01' }]).length // 2
 */
export function segmentByGap<T extends { id: string; day: string | null }>(
  rows: readonly T[],
): T[][] {
  const sorted = [...rows].sort(
    (a, b) =>
      (a.day ?? '0000').localeCompare(b.day ?? '0000') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const segments: T[][] = [];
  let last: string | null = null;
  for (const row of sorted) {
    const current = segments[segments.length - 1];
    if (!current || (row.day !== null && last !== null && gapDays(last, row.day) > CRISIS_GAP_DAYS))
      segments.push([row]);
    else current.push(row);
    if (row.day !== null) last = row.day;
  }
  return segments;
}

/**
 * Splits the incidents of one pair of parties into storylines at gaps of more than
 * CRISIS_GAP_DAYS, each named from its main parties and place. Deterministic in the member set.
 *
 * @example
 * groupCrises('PRK-RUS', incidents.map(crisisMemberOf))[0]?.name // 'North Korea – Russia: Kursk'
 */
export function groupCrises(dyad: string, members: readonly CrisisMember[]): Crisis[] {
  return segmentByGap(members).map((seg) => nameCrisis(dyad, seg));
}

/** One storyline from its members (already in (day, id) order). */
export function nameCrisis(dyad: string, seg: readonly CrisisMember[]): Crisis {
  const names = new Map<string, string>();
  const count = new Map<string, number>();
  const places = new Map<string, number>();
  for (const inc of seg) {
    for (const r of inc.parties) {
      names.set(r.code, names.get(r.code) ?? r.name);
      count.set(r.code, (count.get(r.code) ?? 0) + 1);
    }
    if (inc.place) places.set(inc.place, (places.get(inc.place) ?? 0) + 1);
  }
  const codes = dyad.split('-').filter((c) => c !== 'none');
  const parties = codes.map((c) => names.get(c) ?? c).sort();
  const place = [...places].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const dates = seg
    .map((m) => m.day)
    .filter((d): d is string => d !== null)
    .sort();
  const first = dates[0] ?? null;
  const month =
    first && first.length >= 7
      ? `${MONTHS[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`
      : first;
  const head = parties.join(' – ') || 'Unattributed';
  return {
    id: crisisIdFor(dyad, seg[0]?.id ?? ''),
    name: place ? `${head}: ${place}` : month ? `${head}, ${month}` : head,
    actors: [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c),
    places: [...places.keys()].sort(),
    incidentIds: seg.map((i) => i.id),
    firstDate: first,
    lastDate: dates[dates.length - 1] ?? null,
  };
}
