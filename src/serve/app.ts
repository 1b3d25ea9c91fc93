import { Hono } from 'hono';
import type { Repository } from '../store/repository.js';
import { ChangeFeed } from './live/change-feed.js';
import { StoreCache } from './live/store-cache.js';
import { incidentItem } from './pages/components.js';
import { apiRoutes } from './routes/api.js';
import { reportedSentences, type RouteContext } from './routes/context.js';
import { feedRoutes } from './routes/feeds.js';
import { fallbackRoutes } from './routes/fallback.js';
import { guardRoutes } from './routes/guard.js';
import { liveRoutes } from './routes/live.js';
import { pageRoutes } from './routes/pages.js';

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
  /** Stops the live feed; resolves once its last poll of the store has finished. */
  close(): Promise<void>;
}

/**
 * The web app: live page, JSON API, Atom and GeoJSON, over one repository. Hono's `app.request()`
 * drives it in tests; `startServer` puts it on a socket. Each route group is in src/serve/routes.
 *
 * @example
 * const { app } = createApp({ repository });
 * const res = await app.request('/api/incidents?limit=5');
 */
export function createApp(options: AppOptions): SitrepApp {
  const repo = options.repository;
  const feed = new ChangeFeed(
    repo,
    async (i) => incidentItem(i, (await reportedSentences(repo, [i])).get(i.id)).value,
    options.pollMs ?? 500,
  );
  const context: RouteContext = {
    repo,
    cache: new StoreCache(repo),
    feed,
    // Links in feeds: from configuration, never from the request's Host header (anyone can send one).
    origin: () => new URL(options.publicUrl ?? options.listenUrl?.() ?? 'http://localhost').origin,
  };
  const app = new Hono();
  guardRoutes(app, options.publicUrl);
  for (const routes of [pageRoutes, feedRoutes, liveRoutes, apiRoutes]) routes(app, context);
  fallbackRoutes(app);
  return { app, feed, close: () => feed.close() };
}
