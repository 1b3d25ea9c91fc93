import { readCountryRecords } from '../../annotate/actors/country-records.js';
import type { ActorRef } from '../../model/index.js';
import { actorRef, type EventCandidate } from '../candidate.js';

let stateNames: Map<string, string> | undefined;
const stateName = (code: string): string =>
  (stateNames ??= new Map(readCountryRecords().map((r) => [r.code, r.name]))).get(code) ?? code;

/**
 * "Gunmen opened fire in Xtown, police said": police named with no state (word tag
 * `local-police`, found by `find-cues.ts`) are the police of the state the event they speak of
 * happened in, its place's state, as "police in Xtown" is (`actor/agent-of-place`). An event with
 * no placed state gives them no source.
 */
export function localPoliceOf(c: EventCandidate): ActorRef[] {
  const country = c.place?.country;
  if (!country) return [];
  const state = { code: country, sector: 'COP', name: stateName(country) };
  return [actorRef(state, 'police', undefined, undefined)];
}
