import type { Attribution, Event, Quantity } from '../model/index.js';

const covers = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Who gave an event's figure: the named source asserting or confirming the event in the
 * sentence that holds the figure ("Washington says 10,000 Freedonian troops ..."), else the
 * first named source asserting or confirming it; null when none is named.
 */
export function figureSource(event: Event, quantity: Quantity): Attribution | null {
  const voices = event.attributions.filter(
    (a) => a.sourceKind === 'actor' && (a.stance === 'assert' || a.stance === 'confirm'),
  );
  const span = quantity.span;
  const holding = span ? voices.find((a) => covers(a.evidence.span, span)) : undefined;
  return holding ?? voices[0] ?? null;
}

/** Every figure of an event: its `figures`, or its one `quantity` (events stored before). */
export function eventFigures(event: Event): Quantity[] {
  if (event.figures && event.figures.length > 0) return event.figures;
  return event.quantity ? [event.quantity] : [];
}
