import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Evidence, Incident } from '../model/index.js';
import type { Repository } from '../store/repository.js';
import { searchResults } from './search-results.js';
import { buildOpenApi } from './api/openapi.js';
import type { IncidentQuery as IncidentQueryType } from './api/schemas.js';
import {
  IncidentQuery,
  IncidentQueryShape,
  PageQuery,
  PlacesQuery,
  SearchQuery,
} from './api/schemas.js';
import type { QueryProblem } from './api/validate.js';
import { parseQuery } from './api/validate.js';
import { renderClaimFeed, renderCrisisFeed } from './feeds/atom.js';
import { toPlacesGeoJson } from './feeds/geojson.js';
import { ChangeFeed } from './live/change-feed.js';
import { StoreCache } from './live/store-cache.js';
import { incidentItem } from './pages/components.js';
import {
  articleRefsOf,
  orderCrises,
  renderClaim,
  renderCrisis,
  renderError,
  renderHome,
  renderSearch,
} from './pages/pages.js';

export interface AppOptions {
  repository: Repository;
  /** How often the live feed polls the store's change log. */
  pollMs?: number;
  /**
   * The address people reach the server at (`--public-url`, SITREP_PUBLIC_URL), e.g.
   * `https://sitrep.example.org`: feed ids and links are built on it, and a request naming any
   * other Host is refused (421).
   */
  publicUrl?: string;
  /** Feed links when no public URL is set: the address listened on. Never the request's Host. */
  listenUrl?: () => string;
}

export interface SitrepApp {
  app: Hono;
  feed: ChangeFeed;
  close(): void;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

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

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

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

function problemsText(problems: readonly QueryProblem[]): string {
  return problems.map((p) => p.message).join('; ');
}

/**
 * The web app: live page, JSON API, Atom and GeoJSON, over one repository. Hono's `app.request()`
 * drives it in tests; `startServer` puts it on a socket.
 *
 * @example
 * const { app } = createApp({ repository });
 * const res = await app.request('/api/incidents?limit=5');
 */
export function createApp(options: AppOptions): SitrepApp {
  const repo = options.repository;
  /** The lead sentence of each incident that names no source: its evidence on the timeline. */
  async function reportedSentences(incidents: readonly Incident[]): Promise<Map<string, Evidence>> {
    const bare = incidents.filter((i) => i.statements.length === 0 && i.eventIds[0]);
    const events = await Promise.all(bare.map((i) => repo.getEvent(i.eventIds[0] ?? '')));
    const out = new Map<string, Evidence>();
    bare.forEach((i, n) => {
      const sentence = events[n]?.evidence[0];
      if (sentence) out.set(i.id, sentence);
    });
    return out;
  }

  const cache = new StoreCache(repo);
  /** A crisis and its newest incidents (the headline, map and filter choices read them). */
  const crisisOverview = (id: string) =>
    cache.get(`crisis:${id}`, async () => {
      const crisis = await repo.getCrisis(id);
      const overview = crisis
        ? await repo.listIncidents({ crisisId: id, limit: OVERVIEW_LIMIT, order: 'newest' })
        : null;
      return { crisis, overview };
    });

  const feed = new ChangeFeed(
    repo,
    async (i) => incidentItem(i, (await reportedSentences([i])).get(i.id)).value,
    options.pollMs ?? 500,
  );
  const liveJs = loadClientFile('live.js');
  const styleCss = loadClientFile('style.css');
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  const publicHost = options.publicUrl ? new URL(options.publicUrl).host : null;
  if (publicHost)
    app.use('*', async (c, next) => {
      const host = c.req.header('host')?.toLowerCase();
      if (host !== publicHost) return c.text(`this server answers for ${publicHost} only\n`, 421);
      return next();
    });

  const page = (c: Context, body: string, status: 200 | 400 | 404 | 500 = 200) =>
    c.html(body, status, { 'Cache-Control': 'no-store' });
  const badRequest = (c: Context, problems: QueryProblem[]) =>
    c.json({ error: problemsText(problems), issues: problems }, 400);
  const notFound = (c: Context, what: string) => c.json({ error: `${what} not found` }, 404);
  // Links in feeds: from configuration, never from the request's Host header (anyone can send one).
  const origin = () =>
    new URL(options.publicUrl ?? options.listenUrl?.() ?? 'http://localhost').origin;

  async function allIncidents(crisisId: string | undefined, max = 5000): Promise<Incident[]> {
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
    const reported = await reportedSentences(latest.items);
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
    const reported = await reportedSentences(timeline.items);
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

  app.get('/crisis/:id/feed.atom', async (c) => {
    const crisis = await repo.getCrisis(c.req.param('id'));
    if (!crisis) return c.text('crisis not found', 404);
    const incidents = await repo.listIncidents({
      crisisId: crisis.id,
      limit: 100,
      order: 'newest',
    });
    return c.body(renderCrisisFeed(origin(), crisis, incidents.items), 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
    });
  });

  app.get('/crisis/:id/places.geojson', async (c) => {
    const crisis = await repo.getCrisis(c.req.param('id'));
    if (!crisis) return notFound(c, 'crisis');
    return c.json(toPlacesGeoJson(origin(), await allIncidents(crisis.id)), 200, {
      'Content-Type': 'application/geo+json',
    });
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

  app.get('/claim/:id/feed.atom', async (c) => {
    const incident = await repo.getIncident(c.req.param('id'));
    if (!incident) return c.text('claim not found', 404);
    return c.body(renderClaimFeed(origin(), incident), 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
    });
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (q.length > 200)
      return page(c, renderError(400, 'Bad search', 'Search for at most 200 characters.'), 400);
    const hits = q ? await searchResults(repo, q, 50) : [];
    return page(c, renderSearch({ q, hits }));
  });

  app.get('/events/stream', (c) => {
    const header = c.req.header('Last-Event-ID') ?? c.req.query('since');
    const since = header !== undefined && /^\d+$/.test(header) ? Number(header) : null;
    return streamSSE(c, async (stream) => {
      const queue: { id: string; event: string; data: string }[] = [];
      let wake: (() => void) | null = null;
      let open = true;
      const { from, unsubscribe } = await feed.subscribe((messages) => {
        queue.push(...messages);
        wake?.();
      });
      stream.onAbort(() => {
        open = false;
        unsubscribe();
        wake?.();
      });
      // Replay first, then `ready` with id=from, so a reconnect resumes after what was sent.
      if (since !== null && since < from)
        for (const m of await feed.replay(since, from)) await stream.writeSSE(m);
      await stream.writeSSE({ event: 'ready', id: String(from), data: String(from), retry: 2000 });
      while (open) {
        if (queue.length === 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, 15_000).unref();
          });
          wake = null;
          if (queue.length === 0 && open) await stream.write(': keep-alive\n\n');
        }
        while (queue.length > 0 && open) {
          const m = queue.shift();
          if (m) await stream.writeSSE(m);
        }
      }
      unsubscribe();
    });
  });

  // JSON API
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
  app.get('/api/places.geojson', async (c) => {
    const parsed = parseQuery(PlacesQuery, c.req.query());
    if (!parsed.ok) return badRequest(c, parsed.problems);
    return c.json(toPlacesGeoJson(origin(), await allIncidents(parsed.value.crisis)), 200, {
      'Content-Type': 'application/geo+json',
    });
  });

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: `no such API route: ${c.req.path} (see /api/openapi.json)` }, 404)
      : page(c, renderError(404, 'Not found', 'There is no page at this address.'), 404),
  );
  app.onError((err, c) => {
    process.stderr.write(
      `sitrep serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`,
    );
    return c.req.path.startsWith('/api/')
      ? c.json({ error: 'internal error: see the server log' }, 500)
      : page(
          c,
          renderError(
            500,
            'Something went wrong',
            'The server could not build this page; the error is in its log.',
          ),
          500,
        );
  });

  return { app, feed, close: () => feed.close() };
}
