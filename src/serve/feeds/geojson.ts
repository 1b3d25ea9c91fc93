import type { Incident } from '../../model/index.js';
import { incidentDate } from '../format.js';
import { describeIncident } from '../pages/plain-sentence.js';

/** Incidents with coordinates as a GeoJSON FeatureCollection, one point per incident. */
export function toPlacesGeoJson(origin: string, incidents: readonly Incident[]) {
  return {
    type: 'FeatureCollection' as const,
    features: incidents.flatMap((i) => {
      const p = i.place;
      if (!p || p.lat === null || p.lon === null) return [];
      return [
        {
          type: 'Feature' as const,
          id: i.id,
          geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
          properties: {
            incidentId: i.id,
            crisisId: i.crisisId,
            place: p.name,
            country: p.country,
            precision: p.precision,
            type: i.type,
            status: i.status,
            date: incidentDate(i),
            title: describeIncident(i),
            summary: i.summary,
            url: `${origin}/claim/${encodeURIComponent(i.id)}`,
          },
        },
      ];
    }),
  };
}
