import type { Event, Place } from '../model/index.js';
import { isPointLike } from './type-groups.js';

/**
 * Attacks no party is named for (gunmen, "militants", a bomb with no claim of responsibility).
 *
 * Who confirms: there is no accused side who could own to such an attack, so the state it
 * struck, speaking of the attack on its own ground or people, is the one whose word settles that
 * it happened (the claim timeline counts the victim state's police and officials as confirming
 * it). Where a doer is named, the struck side's word stays an accusation (decision 012).
 *
 * Which reports join: merge candidates are looked up by doer, and such an attack has none, so
 * its reports are stored and looked up under the state it struck, marked as struck by an unnamed
 * doer (`?>IND`): an undated retelling then finds the dated attack it may be (undated-attacks.ts).
 */

/** Whether the event is an attack that names no doer but names whom it struck. */
export function isUnclaimedAttack(event: Pick<Event, 'type' | 'actors' | 'recipients'>): boolean {
  return isPointLike(event.type) && event.actors.length === 0 && event.recipients.length > 0;
}

/** The lookup codes of an unclaimed attack: one per state struck ("?>IND"); none otherwise. */
export function unclaimedAttackCodes(event: Event): string[] {
  if (!isUnclaimedAttack(event)) return [];
  return [...new Set(event.recipients.map((r) => `?>${r.code}`))];
}

/** The codes whose assertion confirms an unclaimed attack: the states it struck. */
export function struckStateConfirmers(event: Event): Set<string> {
  if (event.type !== 'ASSAULT' || !isUnclaimedAttack(event)) return new Set();
  return new Set(event.recipients.map((r) => r.code));
}

/** How far from a region's point a town may lie and still be in it (regions are ~100–300 km across). */
export const REGION_REACH_KM = 150;

function kmBetween(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const TOWN = new Set(['city', 'site']);

/**
 * Whether a town and a region are one place told at two precisions: "Xtown" and "the Y region"
 * of the same state, the town within reach of the region's point.
 */
export function townInRegion(a: Place, b: Place): boolean {
  const [town, region] = a.precision === 'region' ? [b, a] : [a, b];
  if (region.precision !== 'region' || !TOWN.has(town.precision)) return false;
  if (!town.country || town.country !== region.country) return false;
  const km = kmBetween(town, region);
  return km !== null && km <= REGION_REACH_KM;
}
