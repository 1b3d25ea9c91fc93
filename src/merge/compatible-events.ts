import type { Event, When } from '../model/index.js';
import { windowFor } from './type-groups.js';

/** A date as a closed day range: a month covers its days, a year its months. */
export function dateRange(when: When | null): { lo: string; hi: string } | null {
  if (!when) return null;
  const d = when.date;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return { lo: d, hi: d };
  if (/^\d{4}-\d{2}$/.test(d)) return { lo: `${d}-01`, hi: `${d}-31` };
  if (/^\d{4}$/.test(d)) return { lo: `${d}-01-01`, hi: `${d}-12-31` };
  return null;
}

/** Shifts a `YYYY-MM-DD` day by `days` (month ends past 28 are clamped by Date). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day.slice(0, 8)}01T00:00:00Z`) + (Number(day.slice(8, 10)) - 1) * 864e5;
  return new Date(t + days * 864e5).toISOString().slice(0, 10);
}

const codes = (refs: Event['actors']): Set<string> => new Set(refs.map((r) => r.code));
const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

/**
 * Whether two coded events report one real-world event: compatible type, overlapping parties,
 * compatible place and dates within the type's window. Symmetric, so merging is order-free.
 */
export function areEventsCompatible(a: Event, b: Event): boolean {
  const window = windowFor(a.type, b.type);
  if (window === null) return false;
  const aa = codes(a.actors);
  const ba = codes(b.actors);
  const ar = codes(a.recipients);
  const br = codes(b.recipients);
  // An empty side sets no condition; a filled side on both must overlap.
  // Doers must be named and shared; an empty recipient side sets no condition.
  if (!overlaps(aa, ba)) return false;
  if (ar.size > 0 && br.size > 0 && !overlaps(ar, br)) return false;
  // A party on opposite sides (doer in one, target in the other) is another event.
  if (overlaps(aa, br) && !overlaps(aa, ba)) return false;
  if (a.place?.country && b.place?.country && a.place.country !== b.place.country) return false;
  const ra = dateRange(a.when);
  const rb = dateRange(b.when);
  if (ra && rb && (addDays(ra.hi, window) < rb.lo || addDays(rb.hi, window) < ra.lo)) return false;
  return true;
}
