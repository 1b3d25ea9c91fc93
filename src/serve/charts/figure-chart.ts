import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Figure } from '../../model/index.js';
import { formatDate, formatQuantity } from '../format.js';
import type { SafeHtml } from '../html.js';
import { html, raw } from '../html.js';

/** Colour-blind-safe palette (Okabe–Ito), one colour per source. */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
];

interface Point {
  date: Date;
  value: number;
  source: string;
}

/** The figures that can be plotted: a number and a date, in the unit most figures use. */
function plottable(figures: readonly Figure[]): { unit: string; points: Point[] } {
  const units = new Map<string, number>();
  for (const f of figures)
    if (f.quantity.value !== null)
      units.set(f.quantity.unit, (units.get(f.quantity.unit) ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const points: Point[] = [];
  for (const f of figures) {
    if (f.quantity.value === null || f.quantity.unit !== unit || !f.saidOn) continue;
    const date = new Date(f.saidOn.length === 7 ? `${f.saidOn}-01` : f.saidOn);
    if (Number.isNaN(date.getTime())) continue;
    points.push({ date, value: f.quantity.value, source: f.source?.name ?? 'Unattributed' });
  }
  points.sort((a, b) => a.date.getTime() - b.date.getTime());
  return { unit, points };
}

/**
 * A server-rendered SVG chart of an incident's figures over time, one line per source, with a
 * legend and a table as its text alternative. Empty when no figure has a number and a date.
 */
export function renderFigureChart(figures: readonly Figure[]): SafeHtml | '' {
  const { unit, points } = plottable(figures);
  if (points.length === 0) return '';
  const sources = [...new Set(points.map((p) => p.source))];
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: 640,
    height: 280,
    marginLeft: 60,
    style: { background: 'transparent' },
    x: { type: 'utc', label: null, ticks: 5 },
    y: {
      grid: true,
      label: unit,
      zero: true,
      tickFormat: (v: number) => v.toLocaleString('en-GB'),
    },
    color: { domain: sources, range: PALETTE },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: 'date', y: 'value', stroke: 'source', strokeWidth: 2 }),
      Plot.dot(points, { x: 'date', y: 'value', fill: 'source', r: 4 }),
    ],
  });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Figures reported over time, in ${unit}, by source`);
  // Inline <style> and style="" would need a weaker CSP; the site stylesheet styles the chart.
  const markup = svg.outerHTML
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/ style="[^"]*"/g, '');
  return html`<figure class="chart">
    <ul class="legend" aria-label="Sources">
      ${sources.map(
        (s, i) =>
          html`<li>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill="${PALETTE[i % PALETTE.length] ?? '#000'}" /></svg
            >${s}
          </li>`,
      )}
    </ul>
    ${raw(markup)}
    <figcaption>Figures by source over time (${unit}).</figcaption>
    <details>
      <summary>Figures as a table</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col">Figure</th>
            <th scope="col">As written</th>
          </tr>
        </thead>
        <tbody>
          ${figures.map(
            (f) =>
              html`<tr>
                <td>${formatDate(f.saidOn)}</td>
                <td>${f.source?.name ?? 'Unattributed'}</td>
                <td>${formatQuantity(f.quantity)}</td>
                <td>${f.quantity.text}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}
