import type { EventCandidate } from './candidate.js';
import { tokenIndexAt } from './sentence-view.js';

// Which units count for which events: a troop deployment counts troops, an attack its casualties.
function preferredUnits(c: EventCandidate): string[] {
  if (c.mode === 'troops') return ['troops'];
  if (c.type === 'ASSAULT')
    return [
      'casualties',
      'killed',
      'wounded',
      'captured',
      'people',
      'aircraft',
      'vessels',
      'troops',
    ];
  // arms sent are counted in arms: the troops sent beside them are another event's figure
  if (c.mode === 'weapons')
    return ['missiles', 'shells', 'drones', 'weapons', 'vehicles', 'aircraft', 'USD'];
  if (c.type === 'MOBILIZE' || c.type === 'AID')
    return ['missiles', 'shells', 'drones', 'weapons', 'vehicles', 'aircraft', 'troops', 'USD'];
  if (c.type === 'COERCE') return ['vessels', 'people', 'captured', 'troops'];
  return [];
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
      c.quantity = best.q;
      c.notes.push(
        `quantity ${best.q.value ?? best.q.qualifier} ${best.q.unit} from "${best.q.text}"`,
      );
    }
  }
  return cands;
}
