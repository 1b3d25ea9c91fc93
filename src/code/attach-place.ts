import type { EventCandidate } from './candidate.js';
import { tokenIndexAt } from './sentence-view.js';

/** Attaches the place of the sentence nearest to the trigger, preferring one after it. */
export function attachPlace(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    let best: { d: number; place: EventCandidate['place'] } | null = null;
    for (const m of c.view.mentions) {
      if (m.kind !== 'place') continue;
      const at = tokenIndexAt(c.view, m.span.start);
      const d = at >= c.first ? at - c.first : (c.first - at) * 2;
      const place = { ...m.place, text: m.text, span: m.span };
      // the most specific place wins over a country named nearer
      const specific = m.place.precision === 'country' ? 0 : -10;
      if (!best || d + specific < best.d) best = { d: d + specific, place };
    }
    if (best?.place) {
      c.place = best.place;
      c.notes.push(`place "${best.place.text}"`);
    }
  }
  return cands;
}
