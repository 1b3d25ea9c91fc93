import type { CitedArticles } from '../../export/cited-articles.js';
import { articleUrlsOf } from '../../export/cited-articles.js';
import type { Incident, Place } from '../../model/index.js';
import { incidentDate } from '../format.js';
import { describeIncident } from '../pages/plain-sentence.js';

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
 * Incidents as a GeoJSON FeatureCollection: every incident with a place is a Feature with its
 * status, figures and article URLs; its geometry is the place's point, or null (RFC 7946's
 * unlocated feature) when the place has no coordinates: no point is ever made up. `unlocated`
 * counts those; `leftOut` counts the incidents with no place at all. Both `sitrep serve` and
 * `sitrep export --format geojson` write it.
 *
 * @example
 * toPlacesGeoJson('https://sitrep.example.org', incidents).leftOut;
 */
export function toPlacesGeoJson(
  baseUrl: string,
  incidents: readonly Incident[],
  articles?: CitedArticles,
) {
  const features = incidents.flatMap((i) => {
    const p = i.place;
    if (!p) return [];
    const point = placePoint(p);
    return [
      {
        type: 'Feature' as const,
        id: i.id,
        geometry: point ? { type: 'Point' as const, coordinates: point } : null,
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
  return {
    type: 'FeatureCollection' as const,
    features,
    unlocated: features.filter((f) => f.geometry === null).length,
    leftOut: incidents.length - features.length,
  };
}
