import type { Event } from '../model/index.js';
import { ownDateRange } from './compatible-events.js';
import { eventFigures } from './figure-source.js';
import { isLossTally } from './loss-tallies.js';
import { isPointLike, windowFor } from './type-groups.js';
import { codes, finePlace, isUndatedAttack, shares } from './undated-attacks.js';

/**
 * An attack told with its day but no place ("Sylvanian boats rammed Freedonian boats on Monday")
 * cannot join the report of that day that names where (“… at Lakeside”) by the equality of date
 * and place that keeps a day's strikes at several towns apart. It joins the one placed attack of
 * that day it can be: same type group, equal mode, the same doers and targets (named,
 * shared, not reversed), no other country, the same kind of figure. When the sides made two
 * placed attacks that day, it stays apart: a guess would chain two towns' attacks into one.
 */

/** Whether an event is an attack with a day of its own (not its page's) and no town or site. */
export function isUnplacedAttack(event: Event): boolean {
  return (
    isPointLike(event.type) &&
    !isUndatedAttack(event) &&
    ownDateRange(event.when) !== null &&
    finePlace(event) === null
  );
}

/** Which placed attack a report stands for: its place (one day's attacks differ by place). */
export function placedAttackKey(event: Event): string {
  return finePlace(event) ?? '';
}

/**
 * Whether `placed` is an attack of the same sides on the same day as the unplaced attack report
 * `unplaced`, with a place: every such attack counts when deciding whether the report's attack
 * is only one (mode and figures aside: two placed attacks of the sides that day keep it apart).
 */
export function isSameDayPlacedAttack(unplaced: Event, placed: Event): boolean {
  if (!isUnplacedAttack(unplaced) || !isPointLike(placed.type) || isUndatedAttack(placed))
    return false;
  if (finePlace(placed) === null || ownDateRange(placed.when) === null) return false;
  if (isLossTally(unplaced) || isLossTally(placed)) return false;
  if (windowFor(unplaced.type, placed.type) === null) return false;
  if (unplaced.when!.date !== placed.when!.date) return false;
  const [ua, ur, pa, pr] = [
    unplaced.actors,
    unplaced.recipients,
    placed.actors,
    placed.recipients,
  ].map(codes) as [string[], string[], string[], string[]];
  // both sides named and shared, never reversed (an attack no doer is named for stays apart)
  if (ua.length === 0 || ur.length === 0 || !shares(ua, pa) || !shares(ur, pr)) return false;
  return !shares(ua, pr) && !shares(ur, pa);
}

/**
 * Whether the unplaced attack report `unplaced` may report the placed attack `placed`: a
 * same-day attack of the same sides, equal mode (a ramming is no seizure, as for undated reports),
 * no other country, and figures with a unit in common when both give some (boats seized are not
 * people wounded).
 *
 * @example
 * mayReportPlacedAttack(rammingOnMonday, seizureAtLakesideOnMonday) // true
 */
export function mayReportPlacedAttack(unplaced: Event, placed: Event): boolean {
  if (!isSameDayPlacedAttack(unplaced, placed) || unplaced.mode !== placed.mode) return false;
  const [uc, pc] = [unplaced.place?.country, placed.place?.country];
  if (uc && pc && uc !== pc) return false;
  const [uu, pu] = [unplaced, placed].map((e) => new Set(eventFigures(e).map((q) => q.unit)));
  return uu!.size === 0 || pu!.size === 0 || [...uu!].some((u) => pu!.has(u));
}
