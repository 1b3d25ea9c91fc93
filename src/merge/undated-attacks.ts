import type { Event } from '../model/index.js';
import { dateRange, effectiveDate, ownDateRange } from './compatible-events.js';
import { eventFigures } from './figure-source.js';
import { isLossTally } from './loss-tallies.js';
import { isPointLike, windowFor } from './type-groups.js';
import { isUnclaimedAttack, townInRegion } from './unclaimed-attacks.js';

/**
 * An attack reported without a date of its own ("Sylvania shot down Freedonian jets", told again
 * and again in background paragraphs) cannot join a dated attack by the equality of date and place
 * that keeps daily strikes apart. It joins the one dated attack it can be: same type group, equal
 * mode, the same doers and targets, no other place, the same kind of figure, and a date inside
 * the undated report's window (any date when its article has none). The kind of figure is judged on
 * all figures of each: one unit in common (a downing that also counts the dead of the strikes it
 * answered is still a downing). When two dated attacks
 * could be it, it stays apart: a guess would chain two days' strikes into one incident.
 */

/**
 * Whether an event is an attack (point-like type) with no day of its own: no date, or only a
 * month or year ("last week" said across a month, "in April"). A month is a window, not a day:
 * the report may stand for the one dated attack of that month it can be.
 */
export function isUndatedAttack(event: Pick<Event, 'type' | 'when'>): boolean {
  return (
    isPointLike(event.type) &&
    (ownDateRange(event.when) === null || event.when?.precision !== 'day')
  );
}

/** The codes of a side's parties. */
export const codes = (refs: Event['actors']): string[] => refs.map((r) => r.code);
/** Whether two sides name a party in common. */
export const shares = (a: readonly string[], b: readonly string[]): boolean =>
  a.some((x) => b.includes(x));
/** An attack's town or site (name and country), or null when it names none finer than a country. */
export const finePlace = (e: Event): string | null =>
  e.place && e.place.precision !== 'country' ? `${e.place.name}|${e.place.country ?? ''}` : null;

/**
 * Which dated attack a dated report stands for: its date as written and its place (the identity
 * the equality rule of `areEventsCompatible` keeps apart).
 */
export function datedAttackKey(event: Event): string {
  return `${event.when?.date ?? ''}|${finePlace(event) ?? ''}`;
}

/**
 * Whether `undated` (an undated attack report, published `publishedUndated`) may report the
 * dated attack `dated`. Both sides must be named and shared (or, for an attack no doer is named
 * for, neither names one, the same state is struck and both say where), modes equal (an air
 * strike is not a shelling), places not different (a town and the region around it agree),
 * figures with a unit in common when both give some (jets downed are not people killed), and the
 * dated attack within the undated report's window.
 *
 * @example
 * mayReportDatedAttack(undatedJetsDowned, jetsDownedOnMay7, null) // true
 */
export function mayReportDatedAttack(
  undated: Event,
  dated: Event,
  publishedUndated: string | null,
): boolean {
  if (!isUndatedAttack(undated) || !isPointLike(dated.type) || isUndatedAttack(dated)) return false;
  // a loss tally joins other tallies only (see loss-tallies.ts)
  if (isLossTally(undated) || isLossTally(dated)) return false;
  if (windowFor(undated.type, dated.type) === null || undated.mode !== dated.mode) return false;
  const [ua, ur, da, dr] = [undated.actors, undated.recipients, dated.actors, dated.recipients].map(
    codes,
  ) as [string[], string[], string[], string[]];
  // both sides named and shared, or (an attack no one is named for) no doer named in either
  const unclaimed = isUnclaimedAttack(undated) && isUnclaimedAttack(dated);
  if (ur.length === 0 || dr.length === 0 || !shares(ur, dr)) return false;
  if (!unclaimed && !shares(ua, da)) return false;
  if (shares(ua, dr) || shares(ur, da)) return false;
  if (
    undated.place?.country &&
    dated.place?.country &&
    undated.place.country !== dated.place.country
  )
    return false;
  const [up, dp] = [finePlace(undated), finePlace(dated)];
  // a town and the region around it are one place told at two precisions
  if (up && dp && up !== dp && !townInRegion(undated.place!, dated.place!)) return false;
  // with no doer to tell two attacks apart, both must say where it happened
  if (unclaimed && (!up || !dp)) return false;
  const [uu, du] = [undated, dated].map((e) => new Set(eventFigures(e).map((q) => q.unit)));
  if (uu!.size > 0 && du!.size > 0 && ![...uu!].some((u) => du!.has(u))) return false;
  const window = effectiveDate(undated, publishedUndated);
  const when = dateRange(dated.when)!;
  return !window || (when.lo <= window.hi && when.hi >= window.lo);
}

/**
 * Whether two attack reports name the very same doers and targets. When an undated report may
 * be two dated attacks, the one told with the same sides is it: "Xia liberated the town" stands
 * for Xia's liberation, not for the fighting of Xia and its ally on another day.
 */
export function sameSides(a: Event, b: Event): boolean {
  const same = (x: string[], y: string[]): boolean =>
    new Set(x).size === new Set(y).size && x.every((c) => y.includes(c));
  return same(codes(a.actors), codes(b.actors)) && same(codes(a.recipients), codes(b.recipients));
}
