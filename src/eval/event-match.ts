import type { Event } from '../model/index.js';

/** One gold item of `dev-gold.jsonl` (format v1). */
export interface GoldItem {
  article: string;
  types: string[];
  mode: string | null;
  actors: string[];
  recipients: string[];
  place: string | null;
  date: string | null;
  quantity: { value: number; unit: string } | null;
  attributions: { source: string | null; stance: string }[];
  evidence: string;
}

function overlap(gold: string[], got: { code: string }[]): boolean {
  return gold.length === 0 || got.some((g) => gold.includes(g.code));
}

/** Does the extracted date agree with the gold date at the gold's precision (README rule 3)? */
export function datesAgree(gold: string | null, got: string | null): boolean {
  if (gold === null) return true;
  if (got === null || got.length < gold.length) return false;
  if (gold.length === 10)
    return Math.abs(Date.parse(gold) - Date.parse(got.slice(0, 10))) <= 86_400_000;
  return got.startsWith(gold);
}

// Words that say what kind of place a name is, not which one ("Kursk region", "Goma city").
const PLACE_KIND_WORDS = new Set([
  'the',
  'and',
  'near',
  'along',
  'with',
  'from',
  'into',
  'area',
  'areas',
  'border',
  'borders',
  'region',
  'regions',
  'province',
  'district',
  'oblast',
  'county',
  'state',
  'territory',
  'city',
  'town',
  'village',
  'crossing',
  'controlled',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'temple',
  'temples',
  'ancient',
  'road',
  'center',
  'centre',
]);

function placeWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
      (w) => w.length >= 3 && !PLACE_KIND_WORDS.has(w),
    ),
  );
}

/**
 * Does the extracted place agree with the gold's (scored on matched pairs, README: "Mode, place,
 * quantity ... can be scored on matched pairs")? A gold `null` wants no place; a gold name agrees
 * with a place whose name, text as written, or country (`countryName`) shares a word with it
 * that names the place, not its kind ("Kursk region" and "Kursk Oblast"; "Russia" and a town the
 * gazetteer puts in RUS).
 */
export function placesAgree(
  gold: string | null,
  got: Event['place'],
  countryName: (code: string) => string | undefined = () => undefined,
): boolean {
  if (gold === null || got === null) return gold === got;
  const want = placeWords(gold);
  const country = got.country ? (countryName(got.country) ?? '') : '';
  for (const text of [got.name, got.text, country])
    for (const w of placeWords(text)) if (want.has(w)) return true;
  return false;
}

/** README matching rules 1-3; `withDate: false` drops rule 3 (to measure date accuracy). */
export function eventMatches(gold: GoldItem, event: Event, withDate = true): boolean {
  if (!gold.types.includes(event.type)) return false;
  if (!overlap(gold.actors, event.actors) || !overlap(gold.recipients, event.recipients))
    return false;
  return !withDate || datesAgree(gold.date, event.when?.date ?? null);
}

/**
 * A one-to-one matching of gold items to events (augmenting paths: maximum matching), around
 * the pairs `kept` from an earlier matching, if given.
 */
export function matchOneToOne(
  gold: GoldItem[],
  events: Event[],
  ok: (g: GoldItem, e: Event) => boolean,
  kept: Map<number, number> = new Map(),
): Map<number, number> {
  const eventOf = new Map<number, number>(kept); // gold index -> event index
  const goldOf = new Map<number, number>([...kept].map(([g, e]) => [e, g])); // event -> gold
  const taken = new Set(kept.values());
  // pairs kept from an earlier matching stay as they are; the rest are matched around them
  const edges = gold.map((g, i) =>
    kept.has(i)
      ? []
      : events.map((e, j) => (ok(g, e) && !taken.has(j) ? j : -1)).filter((j) => j >= 0),
  );
  const tryAssign = (i: number, seen: Set<number>): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const other = goldOf.get(j);
      if (other === undefined || tryAssign(other, seen)) {
        eventOf.set(i, j);
        goldOf.set(j, i);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, i) => {
    if (!kept.has(i)) tryAssign(i, new Set());
  });
  return eventOf;
}

// Weight of one matched pair over any sum of agreements: the most pairs first, then the most
// agreement among them.
const PAIR_WEIGHT = 1_000_000;

/**
 * The one-to-one matching with the most pairs (as {@link matchOneToOne}) and, among those, the
 * most `agreement` summed over its pairs: when two gold items match the same events (two attacks
 * by one side on one day), the pairing whose places, dates and parties agree is the one scored,
 * not the first an augmenting path finds (Kuhn-Munkres on the pair weights).
 */
export function matchBest(
  gold: GoldItem[],
  events: Event[],
  ok: (g: GoldItem, e: Event) => boolean,
  agreement: (g: GoldItem, e: Event) => number,
): Map<number, number> {
  const n = Math.max(gold.length, events.length);
  // cost[i][j] (1-based): minus the pair's weight, 0 where no pair may be (or padding)
  const cost: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    const row = [0];
    for (let j = 0; j < n; j++) {
      const g = gold[i];
      const e = events[j];
      row.push(g && e && ok(g, e) ? -(PAIR_WEIGHT + agreement(g, e)) : 0);
    }
    cost.push(row);
  }
  const colOf = assignMinCost(cost, n);
  const out = new Map<number, number>();
  colOf.forEach((j, i) => {
    const g = gold[i];
    const e = events[j];
    if (g && e && ok(g, e)) out.set(i, j);
  });
  return out;
}

// The Hungarian method on an n x n cost matrix (1-based rows and columns): the column of each
// row (0-based) in an assignment of least total cost.
function assignMinCost(cost: number[][], n: number): number[] {
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const rowOfCol = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOfCol[j0] ?? 0;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = (cost[i0]?.[j] ?? 0) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (cur < (minv[j] ?? Infinity)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] ?? Infinity) < delta) {
          delta = minv[j] ?? Infinity;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          const r = rowOfCol[j] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else minv[j] = (minv[j] ?? 0) - delta;
      }
      j0 = j1;
    } while ((rowOfCol[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      rowOfCol[j0] = rowOfCol[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const colOf = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) {
    const r = rowOfCol[j] ?? 0;
    if (r > 0) colOf[r - 1] = j - 1;
  }
  return colOf;
}

/** Events that the evaluation counts: stated as fact or as an announced plan. */
export function isCountable(event: Event): boolean {
  return (
    event.modality === 'asserted' || event.modality === 'planned' || event.modality === 'future'
  );
}
