import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { IncidentQuery as IncidentQueryType } from '../api/schemas.js';
import { IncidentQueryShape } from '../api/schemas.js';
import { parseQuery } from '../api/validate.js';
import { searchResults } from '../search-results.js';
import {
  articleRefsOf,
  orderCrises,
  renderClaim,
  renderCrisis,
  renderError,
  renderHome,
  renderSearch,
} from '../pages/pages.js';
import { page, problemsText, reportedSentences, type RouteContext } from './context.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The browser script and stylesheet, read from the package's src/serve/client once. */
function loadClientFile(name: string): string {
  const path = `${root}src/serve/client/${name}`;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `cannot read ${path}: the package's src/serve/client folder is missing; reinstall Sitrep`,
    );
  }
}

const TIMELINE_LIMIT = 50;
const OVERVIEW_LIMIT = 200;
const CLAIM_ARTICLE_LOOKUPS = 30;
const PageFilters = z.preprocess(
  (v) =>
    typeof v === 'object' && v
      ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== ''))
      : v,
  z.object(IncidentQueryShape.shape).refine((q) => !q.since || !q.until || q.since <= q.until, {
    message: 'since must not be after until',
    path: ['since'],
  }),
);

function pickFilters(f: IncidentQueryType) {
  return {
    actor: f.actor,
    type: f.type,
    status: f.status,
    since: f.since,
    until: f.until,
    q: f.q,
  };
}

function definedOnly<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * The HTML pages (home, crisis, claim, search) and the script and stylesheet they load. Reads
 * the client files at once, so a missing client folder fails at start, not on the first visit.
 */
export function pageRoutes(app: Hono, { repo, cache, feed }: RouteContext): void {
  const liveJs = loadClientFile('live.js');
  const styleCss = loadClientFile('style.css');
  /** A crisis and its newest incidents (the headline, map and filter choices read them). */
  const crisisOverview = (id: string) =>
    cache.get(`crisis:${id}`, async () => {
      const crisis = await repo.getCrisis(id);
      const overview = crisis
        ? await repo.listIncidents({ crisisId: id, limit: OVERVIEW_LIMIT, order: 'newest' })
        : null;
      return { crisis, overview };
    });

  // Static client files: small, versioned by query string, so cacheable for an hour.
  app.get('/static/live.js', (c) =>
    c.body(liveJs, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.get('/static/style.css', (c) =>
    c.body(styleCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );

  // Browsers ask for it on every page; answering keeps the console clean.
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/', async (c) => {
    const parsed = parseQuery(PageFilters, c.req.query());
    if (!parsed.ok)
      return page(c, renderError(400, 'Bad filter', problemsText(parsed.problems)), 400);
    const f = parsed.value;
    const filters = pickFilters(f);
    const [crises, latest, stats, liveSeq] = await Promise.all([
      // Ordered and their actors gathered once per store version: thousands of crises add up.
      cache.get('crises', async () => {
        const list = orderCrises(await repo.listCrises());
        return { list, actors: [...new Set(list.flatMap((x) => x.actors))] };
      }),
      repo.listIncidents({
        ...definedOnly(filters),
        order: f.order,
        limit: Math.min(f.limit, TIMELINE_LIMIT),
        offset: f.offset,
      }),
      cache.get('stats', () => repo.stats()),
      feed.currentSeq(),
    ]);
    const actors =
      f.actor && !crises.actors.includes(f.actor) ? [...crises.actors, f.actor] : crises.actors;
    const reported = await reportedSentences(repo, latest.items);
    return page(
      c,
      renderHome({
        crises: crises.list,
        latest,
        stats,
        liveSeq,
        filters,
        query: { ...filters },
        actors,
        reported,
      }),
    );
  });

  app.get('/crisis/:id', async (c) => {
    const id = c.req.param('id');
    const parsed = parseQuery(PageFilters, c.req.query());
    if (!parsed.ok)
      return page(c, renderError(400, 'Bad filter', problemsText(parsed.problems)), 400);
    const [{ crisis, overview }, liveSeq] = await Promise.all([
      crisisOverview(id),
      feed.currentSeq(),
    ]);
    if (!crisis || !overview)
      return page(c, renderError(404, 'Not found', `There is no crisis with id ${id}.`), 404);
    const f = parsed.value;
    const filters = pickFilters(f);
    const filtered = Object.values(filters).some(Boolean);
    const limit = Math.min(f.limit, TIMELINE_LIMIT);
    const timeline =
      !filtered && f.offset === 0 && f.order === 'newest'
        ? { ...overview, items: overview.items.slice(0, limit), limit }
        : await repo.listIncidents({
            crisisId: id,
            ...definedOnly(filters),
            order: f.order,
            limit,
            offset: f.offset,
          });
    const query = { ...filters };
    const reported = await reportedSentences(repo, timeline.items);
    return page(
      c,
      renderCrisis({
        crisis,
        page: timeline,
        overview: overview.items,
        filters,
        query,
        liveSeq,
        reported,
      }),
    );
  });

  app.get('/incident/:id', (c) =>
    c.redirect(`/claim/${encodeURIComponent(c.req.param('id'))}`, 301),
  );

  app.get('/claim/:id', async (c) => {
    const id = c.req.param('id');
    const incident = await repo.getIncident(id);
    if (!incident)
      return page(c, renderError(404, 'Not found', `There is no claim with id ${id}.`), 404);
    const [context, events, liveSeq] = await Promise.all([
      incident.crisisId ? crisisOverview(incident.crisisId) : Promise.resolve(null),
      Promise.all(incident.eventIds.slice(0, 60).map((e) => repo.getEvent(e))),
      feed.currentSeq(),
    ]);
    const crisis = context?.crisis ?? null;
    const crisisIncidents = context?.overview?.items ?? [];
    const eventMap = new Map(events.filter((e) => e !== null).map((e) => [e.id, e]));
    // Statements carry their outlet; reports that name no source need their article looked up.
    const articles = articleRefsOf(incident);
    const missing = [...new Set([...eventMap.values()].map((e) => e.articleId))]
      .filter((a) => !articles.has(a))
      .slice(0, CLAIM_ARTICLE_LOOKUPS);
    for (const stored of await Promise.all(missing.map((a) => repo.getArticle(a))))
      if (stored)
        articles.set(stored.article.id, {
          outlet: stored.article.siteName,
          url: stored.article.canonicalUrl ?? stored.article.url,
          published: stored.article.published,
          title: stored.article.title,
        });
    return page(
      c,
      renderClaim({ incident, crisis, events: eventMap, crisisIncidents, liveSeq, articles }),
    );
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (q.length > 200)
      return page(c, renderError(400, 'Bad search', 'Search for at most 200 characters.'), 400);
    const hits = q ? await searchResults(repo, q, 50) : [];
    return page(c, renderSearch({ q, hits }));
  });
}
