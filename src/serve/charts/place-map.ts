import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeoPermissibleObjects } from 'd3-geo';
import { geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { SafeHtml } from '../html.js';
import { html, raw } from '../html.js';
import { ploverStateCode } from '../../model/state-codes.js';

/** A point to draw: an incident's place. */
export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  /** How many incidents happened there. */
  count: number;
  highlight?: boolean;
}

const require = createRequire(import.meta.url);
let world: FeatureCollection<Geometry, { name: string }> | null = null;
const countries = require('world-countries/countries.json') as { cca3: string; ccn3: string }[];
const numericByAlpha3 = new Map(countries.map((c) => [ploverStateCode(c.cca3), c.ccn3]));

/** The 1:110m country shapes from world-atlas, parsed once. */
function loadWorld(): FeatureCollection<Geometry, { name: string }> {
  if (world) return world;
  const path = require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const object = topology.objects.countries;
  if (!object) throw new Error('world-atlas countries-110m.json has no "countries" object');
  world = feature(topology, object) as unknown as FeatureCollection<Geometry, { name: string }>;
  return world;
}

const WIDTH = 640;
// Labels are 22px in the 640-wide drawing (the stylesheet sets it); a character is about this wide.
const CHAR_WIDTH = 12.5;
const LABEL_HEIGHT = 22;
const MAX_LABELS = 12;

const radius = (p: MapPlace) => Math.min(16, 7 + Math.sqrt(p.count) * 2);

interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
}

/**
 * Where each place's name goes: right of its dot, or left when that would leave the map or cover
 * a name already placed; the busiest places are labelled first, and a name with no room is left to
 * the dot's tooltip.
 */
function placeLabels(
  places: readonly MapPlace[],
  projection: (p: [number, number]) => [number, number] | null,
): (Label | null)[] {
  const out: (Label | null)[] = places.map(() => null);
  const boxes: [number, number, number, number][] = [];
  const order = places
    .map((p, n) => ({ p, n }))
    .sort(
      (a, b) =>
        Number(b.p.highlight ?? false) - Number(a.p.highlight ?? false) || b.p.count - a.p.count,
    );
  for (const { p, n } of order.slice(0, MAX_LABELS)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const [x, y] = xy;
    const r = radius(p);
    const text = p.name.length > 22 ? `${p.name.slice(0, 21)}…` : p.name;
    const w = text.length * CHAR_WIDTH;
    const top = y - LABEL_HEIGHT / 2 - 2;
    const sides: Label[] = [
      { x: x + r + 4, y: y + 7, anchor: 'start', text },
      { x: x - r - 4, y: y + 7, anchor: 'end', text },
    ];
    for (const side of sides) {
      const left = side.anchor === 'start' ? side.x : side.x - w;
      const box: [number, number, number, number] = [left, top, left + w, top + LABEL_HEIGHT];
      const inside = box[0] >= 2 && box[2] <= WIDTH - 2 && box[1] >= 0 && box[3] <= HEIGHT;
      const clear = boxes.every(
        (b) => box[2] <= b[0] || box[0] >= b[2] || box[3] <= b[1] || box[1] >= b[3],
      );
      if (inside && clear) {
        out[n] = side;
        boxes.push(box);
        break;
      }
    }
  }
  return out;
}
const HEIGHT = 400;

/**
 * An SVG map of the places, fitted to them, with the named countries shaded; drawn from the bundled
 * world atlas, so no tile server is needed.
 */
export function renderPlaceMap(
  places: readonly MapPlace[],
  shadeCountries: readonly string[] = [],
): SafeHtml {
  // Projecting the atlas costs tens of milliseconds; the same map is asked for again and again.
  const key = JSON.stringify([places, shadeCountries]);
  const cached = cache.get(key);
  if (cached) return cached;
  const map = drawPlaceMap(places, shadeCountries);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, map);
  return map;
}

const CACHE_SIZE = 200;
const cache = new Map<string, SafeHtml>();

function drawPlaceMap(places: readonly MapPlace[], shadeCountries: readonly string[]): SafeHtml {
  const shapes = loadWorld();
  const shaded = new Set(shadeCountries.map((c) => numericByAlpha3.get(c)).filter(Boolean));
  let projection;
  if (places.length === 0) {
    projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], shapes as GeoPermissibleObjects);
  } else {
    const lons = places.map((p) => p.lon);
    const lats = places.map((p) => p.lat);
    // Room around the places for their names: a fifth of the spread, at least a few degrees.
    const padLon = Math.max(6, (Math.max(...lons) - Math.min(...lons)) * 0.2);
    const padLat = Math.max(4, (Math.max(...lats) - Math.min(...lats)) * 0.2);
    const frame: GeoPermissibleObjects = {
      type: 'MultiPoint',
      coordinates: [
        [Math.max(-180, Math.min(...lons) - padLon), Math.max(-75, Math.min(...lats) - padLat)],
        [Math.min(180, Math.max(...lons) + padLon), Math.min(80, Math.max(...lats) + padLat)],
      ],
    };
    projection = geoMercator().fitExtent(
      [
        [20, 20],
        [WIDTH - 20, HEIGHT - 20],
      ],
      frame,
    );
  }
  projection.clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
  const path = geoPath(projection).digits(1);
  const land = shapes.features.map((f: Feature<Geometry, { name: string }>) => {
    const d = path(f);
    if (!d) return '';
    return html`<path d="${d}" class="${shaded.has(String(f.id)) ? 'country shaded' : 'country'}"
      ><title>${f.properties.name}</title></path
    >`;
  });
  const labels = placeLabels(places, projection);
  const points = places.map((p, n) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return '';
    const [x, y] = xy;
    const label = labels[n];
    return html`<g class="${p.highlight ? 'place highlight' : 'place'}"
      ><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius(p).toFixed(1)}"
        ><title>${p.name}: ${p.count} incident${p.count === 1 ? '' : 's'}</title></circle
      >${
        label
          ? html`<text
              x="${label.x.toFixed(1)}"
              y="${label.y.toFixed(1)}"
              text-anchor="${label.anchor}"
              >${label.text}</text
            >`
          : ''
      }</g
    >`;
  });
  const label =
    places.length === 0
      ? 'World map: no located places yet'
      : `Map of ${places.length} place${places.length === 1 ? '' : 's'}: ${places.map((p) => p.name).join(', ')}`;
  return html`<svg
    class="map"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    role="img"
    aria-label="${label}"
    xmlns="http://www.w3.org/2000/svg"
  >
    <rect class="sea" width="${WIDTH}" height="${HEIGHT}" />
    ${raw(land.map(String).join(''))}${points}
  </svg>`;
}
