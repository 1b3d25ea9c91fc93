import type { Mention } from '../../model/index.js';

// What may follow a qualifying state name: the apposition closes ("Xville, Xia, on Monday").
const CLOSES = /^\s*(?:[,;:)]|\.(?:\s|$)|$)/;
/** What stands between a place and the state that qualifies it ("Xville, Xia"). */
export const QUALIFIER_GAP = /^\s*,\s*$/;

/**
 * "talks in Xville, Xia, on Monday": a state named right after a place that lies in it, between
 * commas, says where the place is; it names no party, so its actor mention goes. A state that
 * goes on to act or speak ("near Xville, Xia said") keeps its mention. `mentions` sorted by start.
 */
export function dropPlaceQualifiers(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let lastPlace: Mention | null = null;
  for (const m of mentions) {
    if (m.kind === 'place') lastPlace = m;
    if (
      m.kind === 'actor' &&
      lastPlace?.kind === 'place' &&
      lastPlace.place.country === m.actor.code &&
      QUALIFIER_GAP.test(text.slice(lastPlace.span.end, m.span.start)) &&
      CLOSES.test(text.slice(m.span.end, m.span.end + 3))
    )
      continue;
    out.push(m);
  }
  return out;
}
