import type { Event, When } from '../model/index.js';
import { sameDeploymentKind } from './deployment-kind.js';
import { isLossTally } from './loss-tallies.js';
import { shareAnUndatedFigure } from './shared-figures.js';
import { sameTreatyStep } from './treaty-steps.js';
import { mayJoinUntiedPlan } from './untied-plans.js';
import { isPointLike, modesAgree, windowFor } from './type-groups.js';

/** A date as a closed day range: a month covers its days, a year its months. */
export function dateRange(when: When | null): { lo: string; hi: string } | null {
  if (!when) return null;
  const d = when.date;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return { lo: d, hi: d };
  if (/^\d{4}-\d{2}$/.test(d)) return { lo: `${d}-01`, hi: `${d}-31` };
  if (/^\d{4}$/.test(d)) return { lo: `${d}-01-01`, hi: `${d}-12-31` };
  return null;
}

/**
 * The date range the text gives an event itself: none for an act told in the past with only its
 * page's date (`when.fromPage`), which says when it was told, not when it happened.
 */
export function ownDateRange(when: When | null): { lo: string; hi: string } | null {
  return when?.fromPage ? null : dateRange(when);
}

/** Shifts a `YYYY-MM-DD` day by `days` (month ends past 28 are clamped by Date). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day.slice(0, 8)}01T00:00:00Z`) + (Number(day.slice(8, 10)) - 1) * 864e5;
  return new Date(t + days * 864e5).toISOString().slice(0, 10);
}

/** Days an undated report of an attack may lag behind it (news reports recent attacks). */
export const UNDATED_POINT_LAG_DAYS = 3;
/** Days an undated report of anything else may look back: a late confirmation of an old deployment. */
export const UNDATED_LAG_DAYS = 365;

/**
 * The event's date range (`own`), or for an undated event the days before its article's
 * publication, or null when neither is known.
 */
export function effectiveDate(
  event: Pick<Event, 'when' | 'type'>,
  published: string | null,
): { lo: string; hi: string; own: boolean; key: string } | null {
  const own = dateRange(event.when);
  if (own && event.when) return { ...own, own: true, key: event.when.date };
  const pub = published
    ? dateRange({ date: published.slice(0, 10), precision: 'day', text: '' })
    : null;
  if (!pub || !published) return null;
  const lag = isPointLike(event.type) ? UNDATED_POINT_LAG_DAYS : UNDATED_LAG_DAYS;
  return { lo: addDays(pub.lo, -lag), hi: pub.hi, own: false, key: published.slice(0, 10) };
}

const codes = (refs: Event['actors']): Set<string> => new Set(refs.map((r) => r.code));
const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));
const finePlace = (e: Event): string | null =>
  e.place && e.place.precision !== 'country' ? `${e.place.name}|${e.place.country ?? ''}` : null;

/**
 * Whether two coded events report one real-world event: compatible type, overlapping parties,
 * compatible place and dates within the type's window. Symmetric, so merging is order-free.
 * `publishedA`/`publishedB` date undated events (see effectiveDate).
 *
 * @example
 * areEventsCompatible(attackOnMay7, attackOnMay9, '2025-05-08', '2025-05-10') // false
 */
export function areEventsCompatible(
  a: Event,
  b: Event,
  publishedA: string | null = null,
  publishedB: string | null = null,
): boolean {
  const window = windowFor(a.type, b.type);
  if (window === null || !modesAgree(a, b) || !sameDeploymentKind(a, b)) return false;
  if (!sameTreatyStep(a, b) || !mayJoinUntiedPlan(a, b)) return false;
  const aa = codes(a.actors);
  const ba = codes(b.actors);
  const ar = codes(a.recipients);
  const br = codes(b.recipients);
  // Doers must be named and shared; an empty recipient side sets no condition.
  if (!overlaps(aa, ba)) return false;
  if (ar.size > 0 && br.size > 0 && !overlaps(ar, br)) return false;
  // A party on opposite sides (doer in one, target in the other) is another event.
  if (overlaps(aa, br) && !overlaps(aa, ba)) return false;
  // Two undated attack reports giving one figure alike tell one attack (see shared-figures.ts).
  if (isPointLike(a.type) && isPointLike(b.type) && shareAnUndatedFigure(a, b)) return true;
  if (a.place?.country && b.place?.country && a.place.country !== b.place.country) return false;
  // Two tallies of one side's losses are one running total, whatever the dates of their telling.
  if (isLossTally(a) && isLossTally(b)) return true;
  const ra = effectiveDate(a, publishedA);
  const rb = effectiveDate(b, publishedB);
  if (isPointLike(a.type) && isPointLike(b.type)) {
    // Attacks are one event only with one date and one place (both as reported): an equality,
    // so a run of daily strikes, or reports at several towns, never chain into one incident.
    if (!ra || !rb) return false;
    if (ra.own !== rb.own || ra.key !== rb.key) return false;
    return finePlace(a) === finePlace(b);
  }
  if (ra && rb && (addDays(ra.hi, window) < rb.lo || addDays(rb.hi, window) < ra.lo)) return false;
  return true;
}
