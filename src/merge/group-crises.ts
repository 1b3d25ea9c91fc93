import { createHash } from 'node:crypto';
import type { Crisis, Incident } from '../model/index.js';

/** Incidents of one pair of parties further apart than this start a new storyline. */
export const CRISIS_GAP_DAYS = 120;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayOf = (i: Incident): string | null => i.when?.date ?? i.firstReported?.slice(0, 10) ?? null;

function gapDays(a: string, b: string): number {
  return (
    (Date.parse(b.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.padEnd(10, '-01').slice(0, 10))) /
    864e5
  );
}

/**
 * Splits the incidents of one pair of parties into storylines at gaps of more than
 * CRISIS_GAP_DAYS, each named from its main parties and place. Deterministic in the member set.
 *
 * @example
 * groupCrises('PRK-RUS', incidents)[0]?.name // 'North Korea – Russia: Kursk'
 */
export function groupCrises(dyad: string, incidents: readonly Incident[]): Crisis[] {
  const sorted = [...incidents].sort(
    (a, b) => (dayOf(a) ?? '0000').localeCompare(dayOf(b) ?? '0000') || a.id.localeCompare(b.id),
  );
  const segments: Incident[][] = [];
  let last: string | null = null;
  for (const inc of sorted) {
    const d = dayOf(inc);
    const current = segments[segments.length - 1];
    if (!current || (d !== null && last !== null && gapDays(last, d) > CRISIS_GAP_DAYS))
      segments.push([inc]);
    else current.push(inc);
    if (d !== null) last = d;
  }
  return segments.map((seg) => nameCrisis(dyad, seg));
}

function nameCrisis(dyad: string, seg: Incident[]): Crisis {
  const names = new Map<string, string>();
  const count = new Map<string, number>();
  const places = new Map<string, number>();
  for (const inc of seg) {
    for (const r of [...inc.actors, ...inc.recipients]) {
      names.set(r.code, names.get(r.code) ?? r.name);
      count.set(r.code, (count.get(r.code) ?? 0) + 1);
    }
    const p = inc.place && inc.place.precision !== 'country' ? inc.place.name : null;
    if (p) places.set(p, (places.get(p) ?? 0) + 1);
  }
  const codes = dyad.split('-').filter((c) => c !== 'none');
  const parties = codes.map((c) => names.get(c) ?? c).sort();
  const place = [...places].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const dates = seg
    .map(dayOf)
    .filter((d): d is string => d !== null)
    .sort();
  const first = dates[0] ?? null;
  const month =
    first && first.length >= 7
      ? `${MONTHS[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`
      : first;
  const head = parties.join(' – ') || 'Unattributed';
  const firstId = seg[0]?.id ?? '';
  return {
    id: 'cri-' + createHash('sha256').update(`${dyad}|${firstId}`).digest('hex').slice(0, 12),
    name: place ? `${head}: ${place}` : month ? `${head}, ${month}` : head,
    actors: [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c),
    places: [...places.keys()].sort(),
    incidentIds: seg.map((i) => i.id),
    firstDate: first,
    lastDate: dates[dates.length - 1] ?? null,
  };
}
