import type { Figure, Quantity } from '../model/index.js';
import { formatQuantity } from '../serve/format.js';

/** The figure columns of a table export, in the spirit of ACLED's fatalities. */
export const FIGURE_COLUMNS = ['killed', 'wounded', 'troops'] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** Which column a figure's unit goes to; every other unit goes to the generic column. */
export function figureColumn(unit: string): FigureColumn | null {
  return (FIGURE_COLUMNS as readonly string[]).includes(unit) ? (unit as FigureColumn) : null;
}

/**
 * The lowest and highest count a quantity allows. Today a quantity has one value; when it gains an
 * upper bound ("between 11,000 and 12,000", "up to 500"), return it here as the high end.
 */
export function quantityBounds(q: Quantity): [number, number] | null {
  return q.value === null ? null : [q.value, q.value];
}

/** The spread of what the sources say for one column: `12000`, or `10000-12000` when they differ. */
export function figureRange(figures: readonly Figure[]): string {
  const bounds = figures.map((f) => quantityBounds(f.quantity)).filter((b) => b !== null);
  if (bounds.length === 0) return '';
  const low = Math.min(...bounds.map((b) => b[0]));
  const high = Math.max(...bounds.map((b) => b[1]));
  return low === high ? String(low) : `${low}-${high}`;
}

/** One figure in words with who said it and when: `about 10,000 troops (USA, 2024-10-20)`. */
export function figureText(f: Figure): string {
  const who = [f.source?.code ?? 'outlet', f.saidOn].filter(Boolean).join(', ');
  return `${formatQuantity(f.quantity)} (${who})`;
}

/** An incident's figures split into the named columns and the rest. */
export function figureCells(figures: readonly Figure[]): Record<FigureColumn, string> & {
  other_figures: string;
} {
  const by = (c: FigureColumn) => figures.filter((f) => figureColumn(f.quantity.unit) === c);
  const named = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, figureRange(by(c))]));
  return {
    ...(named as Record<FigureColumn, string>),
    other_figures: figures
      .filter((f) => figureColumn(f.quantity.unit) === null)
      .map(figureText)
      .join('; '),
  };
}
