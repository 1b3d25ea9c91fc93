import type { Attribution, Event } from '../model/index.js';

const covers = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Who gave an event's figure: the named source asserting or confirming the event in the
 * sentence that holds the figure ("Washington says 10,000 Freedonian troops ..."), else the
 * first named source asserting or confirming it; null when none is named.
 */
export function figureSource(event: Event): Attribution | null {
  const voices = event.attributions.filter(
    (a) => a.sourceKind === 'actor' && (a.stance === 'assert' || a.stance === 'confirm'),
  );
  const span = event.quantity?.span;
  const holding = span ? voices.find((a) => covers(a.evidence.span, span)) : undefined;
  return holding ?? voices[0] ?? null;
}
