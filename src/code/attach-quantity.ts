import type { ActorRef } from '../model/index.js';
import { loadUnitIndex, unitKind } from '../annotate/quantities/load-units.js';
import type { EventCandidate } from './candidate.js';
import { tokenIndexAt } from './sentence-view.js';

const LOSSES = ['casualties', 'killed', 'wounded', 'captured', 'missing'];
const ARMS = ['missiles', 'shells', 'containers', 'drones', 'weapons', 'vehicles', 'aircraft'];

// Which units count for which events: a troop deployment counts troops (sappers and builders
// are troops of their own trade), an attack its losses, what it hit and what it downed.
function preferredUnits(c: EventCandidate): string[] {
  if (c.mode === 'troops') return ['troops', 'sappers', 'builders'];
  if (c.type === 'ASSAULT')
    return [...LOSSES, 'people', 'aircraft', 'vessels', 'boats', 'sites', 'troops'];
  // arms sent are counted in arms: the troops sent beside them are another event's figure
  if (c.mode === 'weapons') return [...ARMS, 'USD'];
  if (c.type === 'MOBILIZE' || c.type === 'AID')
    return [...ARMS, 'troops', 'sappers', 'builders', 'USD'];
  if (c.type === 'COERCE') return ['vessels', 'boats', 'people', 'captured', 'troops'];
  return [];
}

/**
 * Whose count it is: a party named inside the figure's phrase ("10,000 Freedonian troops",
 * "five Sylvanian jets"); else, for an attack's losses, the side that suffered them (its
 * recipient); for troops, the side that sends or fields them (its actor).
 */
function partyOf(
  c: EventCandidate,
  span: { start: number; end: number },
  unit: string,
): ActorRef | null {
  for (const m of c.view.mentions)
    if (m.kind === 'actor' && m.span.start >= span.start && m.span.end <= span.end) return m.actor;
  const kind = unitKind(unit, loadUnitIndex());
  if (kind === 'losses' && c.type === 'ASSAULT') return c.recipients[0] ?? null;
  if (kind === 'people' && unit !== 'people') return c.actors[0] ?? null;
  return null;
}

/** Attaches the figure of the sentence whose unit fits the event, nearest to its trigger. */
export function attachQuantity(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    const units = preferredUnits(c);
    let best: { rank: number; d: number; q: EventCandidate['quantity'] } | null = null;
    for (const m of c.view.mentions) {
      if (m.kind !== 'quantity') continue;
      const rank = units.indexOf(m.quantity.unit);
      if (rank < 0) continue;
      const d = Math.abs(tokenIndexAt(c.view, m.span.start) - c.first);
      if (!best || rank < best.rank || (rank === best.rank && d < best.d))
        best = { rank, d, q: m.quantity };
    }
    if (best?.q) {
      const party = partyOf(c, best.q.span ?? { start: 0, end: 0 }, best.q.unit);
      c.quantity = { ...best.q, party };
      c.notes.push(
        `quantity ${best.q.value ?? best.q.qualifier} ${best.q.unit}${party ? ` of ${party.code}` : ''} from "${best.q.text}"`,
      );
    }
  }
  return cands;
}
