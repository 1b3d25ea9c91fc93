import type { Hono } from 'hono';
import type { Incident } from '../../model/index.js';
import type { Repository } from '../../store/repository.js';
import { PlacesQuery } from '../api/schemas.js';
import { parseQuery } from '../api/validate.js';
import { renderClaimFeed, renderCrisisFeed } from '../feeds/atom.js';
import { toPlacesGeoJson } from '../feeds/geojson.js';
import { badRequest, notFound, type RouteContext } from './context.js';

const ATOM = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
const GEOJSON = { 'Content-Type': 'application/geo+json' };

/** Every incident, of one crisis or all, read 500 at a time up to `max`. */
async function allIncidents(
  repo: Repository,
  crisisId: string | undefined,
  max = 5000,
): Promise<Incident[]> {
  const items: Incident[] = [];
  for (let offset = 0; offset < max;) {
    const page = await repo.listIncidents({
      ...(crisisId ? { crisisId } : {}),
      limit: 500,
      offset,
    });
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  return items;
}

/** Atom feeds of a crisis and of a claim, and GeoJSON places of a crisis or of the whole store. */
export function feedRoutes(app: Hono, { repo, origin }: RouteContext): void {
  app.get('/crisis/:id/feed.atom', async (c) => {
    const crisis = await repo.getCrisis(c.req.param('id'));
    if (!crisis) return c.text('crisis not found', 404);
    const incidents = await repo.listIncidents({
      crisisId: crisis.id,
      limit: 100,
      order: 'newest',
    });
    return c.body(renderCrisisFeed(origin(), crisis, incidents.items), 200, ATOM);
  });

  app.get('/crisis/:id/places.geojson', async (c) => {
    const crisis = await repo.getCrisis(c.req.param('id'));
    if (!crisis) return notFound(c, 'crisis');
    return c.json(toPlacesGeoJson(origin(), await allIncidents(repo, crisis.id)), 200, GEOJSON);
  });

  app.get('/claim/:id/feed.atom', async (c) => {
    const incident = await repo.getIncident(c.req.param('id'));
    if (!incident) return c.text('claim not found', 404);
    return c.body(renderClaimFeed(origin(), incident), 200, ATOM);
  });

  app.get('/api/places.geojson', async (c) => {
    const parsed = parseQuery(PlacesQuery, c.req.query());
    if (!parsed.ok) return badRequest(c, parsed.problems);
    return c.json(
      toPlacesGeoJson(origin(), await allIncidents(repo, parsed.value.crisis)),
      200,
      GEOJSON,
    );
  });
}
