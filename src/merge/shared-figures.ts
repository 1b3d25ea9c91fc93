import type { Event } from '../model/index.js';
import { ownDateRange } from './compatible-events.js';
import { eventFigures } from './figure-source.js';

/**
 * Undated reports of an attack ("India's strikes on nine sites", told in background paragraphs of
 * pages with no date) cannot join by the equality of dates that keeps daily strikes apart, and
 * when no report dates the attack the undated-attack rule has nothing to join them to. Two such
 * reports that give the same count of the same thing (nine sites, 46 wounded) for the same sides
 * by the same means tell one attack: a shared exact figure is the evidence their missing dates
 * cannot give. Their places are not compared: a background mention places an attack loosely (in
 * the region, or where the attack it answered happened), and the figure already names it.
 */

/** The figures of an event that name a number: "value unit" keys. */
function countKeys(event: Event): Set<string> {
  return new Set(
    eventFigures(event).flatMap((q) => (q.value === null ? [] : [`${q.value} ${q.unit}`])),
  );
}

/**
 * Whether two attack reports, neither with a date of its own, of one mode and with named targets
 * on both, give one figure alike (same value and unit). The caller has checked their doers.
 *
 * @example
 * shareAnUndatedFigure(strikesOnNineSites, otherStrikesOnNineSites) // true
 */
export function shareAnUndatedFigure(a: Event, b: Event): boolean {
  if (ownDateRange(a.when) || ownDateRange(b.when) || a.mode !== b.mode) return false;
  if (a.recipients.length === 0 || b.recipients.length === 0) return false;
  const keys = countKeys(a);
  for (const k of countKeys(b)) if (keys.has(k)) return true;
  return false;
}
