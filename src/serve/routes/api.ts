import type { Context, Hono } from 'hono';
import type { Incident } from '../../model/index.js';
import { buildOpenApi } from '../api/openapi.js';
import { IncidentQuery, PageQuery, SearchQuery } from '../api/schemas.js';
import { parseQuery } from '../api/validate.js';
import { badRequest, notFound, type RouteContext } from './context.js';

/** A claim as the API shows it: the incident's statements, figures and status history. */
const toClaim = (i: Incident) => ({
  id: i.id,
  crisisId: i.crisisId,
  summary: i.summary,
  status: i.status,
  history: i.history,
  statements: i.statements,
  figures: i.figures,
  firstReported: i.firstReported,
  lastReported: i.lastReported,
});

/** The JSON API under /api/ and its OpenAPI document (GeoJSON places are in feeds.ts). */
export function apiRoutes(app: Hono, { repo, feed }: RouteContext): void {
  app.get('/api/openapi.json', (c) => c.json(buildOpenApi()));

  app.get('/api/crises', async (c) => c.json({ items: await repo.listCrises() }));
  app.get('/api/crises/:id', async (c) => {
    const crisis = await repo.getCrisis(c.req.param('id'));
    return crisis ? c.json(crisis) : notFound(c, 'crisis');
  });

  async function listIncidents(c: Context) {
    const parsed = parseQuery(IncidentQuery, c.req.query());
    if (!parsed.ok) return { error: badRequest(c, parsed.problems) };
    const { crisis, ...rest } = parsed.value;
    const filter = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    return {
      page: await repo.listIncidents({ ...filter, ...(crisis ? { crisisId: crisis } : {}) }),
    };
  }

  app.get('/api/incidents', async (c) => {
    const r = await listIncidents(c);
    return 'error' in r ? r.error : c.json(r.page);
  });
  app.get('/api/incidents/:id', async (c) => {
    const incident = await repo.getIncident(c.req.param('id'));
    return incident ? c.json(incident) : notFound(c, 'incident');
  });
  app.get('/api/claims', async (c) => {
    const r = await listIncidents(c);
    return 'error' in r ? r.error : c.json({ ...r.page, items: r.page.items.map(toClaim) });
  });
  app.get('/api/claims/:id', async (c) => {
    const incident = await repo.getIncident(c.req.param('id'));
    return incident ? c.json(toClaim(incident)) : notFound(c, 'claim');
  });
  app.get('/api/events/:id', async (c) => {
    const event = await repo.getEvent(c.req.param('id'));
    return event ? c.json(event) : notFound(c, 'event');
  });
  app.get('/api/articles', async (c) => {
    const parsed = parseQuery(PageQuery, c.req.query());
    if (!parsed.ok) return badRequest(c, parsed.problems);
    return c.json(await repo.listArticles(parsed.value));
  });
  app.get('/api/articles/:id', async (c) => {
    const article = await repo.getArticle(c.req.param('id'));
    return article ? c.json(article) : notFound(c, 'article');
  });
  app.get('/api/search', async (c) => {
    const parsed = parseQuery(SearchQuery, c.req.query());
    if (!parsed.ok) return badRequest(c, parsed.problems);
    const { q, limit } = parsed.value;
    return c.json({ query: q, items: await repo.search(q, { limit }) });
  });
  app.get('/api/stats', async (c) =>
    c.json({ ...(await repo.stats()), liveSeq: await feed.currentSeq() }),
  );
}
