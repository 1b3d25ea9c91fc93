import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Figure } from '../../model/index.js';
import { actorLabel, formatDate, formatQuantity } from '../format.js';
import type { SafeHtml } from '../html.js';
import { html, raw } from '../html.js';

/** Colour-blind-safe palette (Okabe–Ito), one colour per source. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const OTHER_COLOUR = '#8a8a8a';

const OTHER_SOURCES = 'Other sources';

interface Point {
  date: Date;
  value: number;
  /** The legend entry: the source, or the shared "other" group. */
  source: string;
  /** The source itself: one line each, even inside the "other" group. */
  series: string;
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
    const source = f.source ? actorLabel(f.source) : 'Unattributed';
    points.push({ date, value: f.quantity.value, source, series: source });
  }
  points.sort((a, b) => a.date.getTime() - b.date.getTime());
  // More sources than colours: the sources with the most figures keep theirs, the rest share grey.
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.source, (counts.get(p.source) ?? 0) + 1);
  const named = new Set(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, counts.size > PALETTE.length ? PALETTE.length - 1 : PALETTE.length)
      .map(([name]) => name),
  );
  for (const p of points) if (!named.has(p.source)) p.source = OTHER_SOURCES;
  return { unit, points };
}

/**
 * A server-rendered SVG chart of an incident's figures over time, one line per source, with a
 * legend and a table as its text alternative. Empty when no figure has a number and a date.
 */
export function renderFigureChart(figures: readonly Figure[]): SafeHtml | '' {
  const { unit, points } = plottable(figures);
  if (points.length === 0) return '';
  // Named sources in order of first figure; the grey "other" group last.
  const sources = [...new Set(points.map((p) => p.source))].sort(
    (a, b) => Number(a === OTHER_SOURCES) - Number(b === OTHER_SOURCES),
  );
  const colours = sources.map((s, i) =>
    s === OTHER_SOURCES ? OTHER_COLOUR : (PALETTE[i % PALETTE.length] ?? OTHER_COLOUR),
  );
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
    color: { domain: sources, range: colours },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: 'date', y: 'value', stroke: 'source', z: 'series', strokeWidth: 2 }),
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
              <rect width="14" height="14" fill="${colours[i] ?? OTHER_COLOUR}" /></svg
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
            <th scope="col">Counts</th>
            <th scope="col">As written</th>
          </tr>
        </thead>
        <tbody>
          ${figures.map(
            (f) =>
              html`<tr>
                <td>${formatDate(f.saidOn)}</td>
                <td>${f.source ? actorLabel(f.source) : 'Unattributed'}</td>
                <td>${formatQuantity(f.quantity)}</td>
                <td>${f.quantity.party ? actorLabel(f.quantity.party) : ''}</td>
                <td>${f.quantity.text}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}
