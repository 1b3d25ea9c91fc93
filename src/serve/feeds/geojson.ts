import type { CitedArticles } from '../../export/cited-articles.js';
import { articleUrlsOf } from '../../export/cited-articles.js';
import type { Incident, Place } from '../../model/index.js';
import { incidentDate } from '../format.js';
import { describeIncident } from '../pages/plain-sentence.js';

/** Why incidents had no point on the map: no place at all, or a place without coordinates. */
export interface LeftOut {
  total: number;
  noPlace: number;
  noCoordinates: number;
}

/**
 * A place's point, or null when it has none. (0, 0) is the "unknown" a gazetteer or a careless
 * default gives, never a place news reports on: it counts as no coordinates.
 */
export function placePoint(p: Place): [number, number] | null {
  const { lat, lon } = p;
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return lat === 0 && lon === 0 ? null : [lon, lat];
}

/**
 * Incidents as a GeoJSON FeatureCollection: every incident whose place has coordinates is one
 * point, with its status, figures and article URLs; `leftOut` counts the incidents without a point
 * (no place, or a place without coordinates). No point is ever made up for an unknown place.
 * Both `sitrep serve` and `sitrep export --format geojson` write it.
 *
 * @example
 * toPlacesGeoJson('https://sitrep.example.org', incidents).leftOut.total;
 */
export function toPlacesGeoJson(
  baseUrl: string,
  incidents: readonly Incident[],
  articles?: CitedArticles,
) {
  const leftOut: LeftOut = { total: 0, noPlace: 0, noCoordinates: 0 };
  const features = incidents.flatMap((i) => {
    const p = i.place;
    const point = p ? placePoint(p) : null;
    if (!p || !point) {
      leftOut.total++;
      leftOut[p ? 'noCoordinates' : 'noPlace']++;
      return [];
    }
    return [
      {
        type: 'Feature' as const,
        id: i.id,
        geometry: { type: 'Point' as const, coordinates: point },
        properties: {
          incidentId: i.id,
          crisisId: i.crisisId,
          place: p.name,
          country: p.country,
          precision: p.precision,
          type: i.type,
          status: i.status,
          date: incidentDate(i),
          actors: i.actors.map((a) => a.code),
          recipients: i.recipients.map((a) => a.code),
          title: describeIncident(i),
          summary: i.summary,
          figures: i.figures.map((f) => ({
            value: f.quantity.value,
            unit: f.quantity.unit,
            qualifier: f.quantity.qualifier,
            source: f.source?.code ?? null,
            saidOn: f.saidOn,
          })),
          articleUrls: articleUrlsOf(i, articles),
          url: `${baseUrl}/claim/${encodeURIComponent(i.id)}`,
        },
      },
    ];
  });
  return { type: 'FeatureCollection' as const, features, leftOut };
}
