import type { EventCandidate } from '../candidate.js';

// Acts of force, which happen in one town at a time.
const FORCE = new Set(['ASSAULT', 'COERCE']);
const TOWN = new Set(['city', 'site']);

/**
 * Are two acts of force placed in two different named towns? "the fall of Xville" and "the
 * rebels took Yville" are two seizures whatever their dates; the merge keeps them apart.
 */
export function inDifferentTowns(a: EventCandidate, b: EventCandidate): boolean {
  if (!FORCE.has(a.type) || !FORCE.has(b.type) || !a.place || !b.place) return false;
  if (!TOWN.has(a.place.precision) || !TOWN.has(b.place.precision)) return false;
  return a.place.text.toLowerCase() !== b.place.text.toLowerCase();
}
