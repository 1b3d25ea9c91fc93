import type { Event } from '../model/index.js';
import { dyadOf } from './derive-incident.js';
import { NO_PARTY } from './group-crises.js';

/**
 * The pairs of parties an article's events report (never "none"), sorted: fixed once the article
 * is stored, so the storyline graph built from them does not depend on ingest order.
 */
export function pairsOf(events: readonly Pick<Event, 'actors' | 'recipients'>[]): string[] {
  return [...new Set(events.map((e) => dyadOf(e)))].filter((p) => p !== NO_PARTY).sort();
}
