import type { EventType } from '../model/index.js';
import type { EventCandidate } from './candidate.js';

// PLOVER codes a promised cooperative act as AGREE and an announced coercive act as THREATEN.
const PROMISE: ReadonlySet<EventType> = new Set([
  'AID',
  'SUPPORT',
  'RETREAT',
  'CONCEDE',
  'CONSULT',
  'COOPERATE',
]);
const THREAT: ReadonlySet<EventType> = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'PROTEST']);

/** An announced plan is coded as what announcing it is: a promise (AGREE) or a threat (THREATEN). */
export function recodePlans(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.modality !== 'planned' && c.modality !== 'future') continue;
    // a plan held over another party on a condition ("unless", "if") is a threat
    const conditional = c.view.tokens
      .slice(c.last + 1)
      .some((t) => t.lower === 'unless' || t.lower === 'if');
    const to: EventType | null =
      THREAT.has(c.type) || (conditional && PROMISE.has(c.type))
        ? 'THREATEN'
        : PROMISE.has(c.type)
          ? 'AGREE'
          : null;
    if (!to) continue;
    c.notes.push(`announced plan: ${c.type}${c.mode ? `/${c.mode}` : ''} coded as ${to}`);
    c.type = to;
    c.mode = null;
  }
  return cands;
}
