import type { Context } from 'hono';
import type { Evidence, Incident } from '../../model/index.js';
import type { Repository } from '../../store/repository.js';
import type { QueryProblem } from '../api/validate.js';
import type { ChangeFeed } from '../live/change-feed.js';
import type { StoreCache } from '../live/store-cache.js';

/** What every route group reads: the store, its cache, the live feed and the public base URL. */
export interface RouteContext {
  repo: Repository;
  cache: StoreCache;
  feed: ChangeFeed;
  /** The origin feed ids and links are built on: from configuration, never the request's Host. */
  origin: () => string;
}

/** The lead sentence of each incident that names no source: its evidence on the timeline. */
export async function reportedSentences(
  repo: Repository,
  incidents: readonly Incident[],
): Promise<Map<string, Evidence>> {
  const bare = incidents.filter((i) => i.statements.length === 0 && i.eventIds[0]);
  const events = await Promise.all(bare.map((i) => repo.getEvent(i.eventIds[0] ?? '')));
  const out = new Map<string, Evidence>();
  bare.forEach((i, n) => {
    const sentence = events[n]?.evidence[0];
    if (sentence) out.set(i.id, sentence);
  });
  return out;
}

/** The query problems as one line, e.g. `limit must be at least 1; type …`. */
export function problemsText(problems: readonly QueryProblem[]): string {
  return problems.map((p) => p.message).join('; ');
}

/** An HTML page that browsers must not cache (it changes with every ingest). */
export const page = (c: Context, body: string, status: 200 | 400 | 404 | 500 = 200) =>
  c.html(body, status, { 'Cache-Control': 'no-store' });

/** A JSON 400 naming every problem of the query. */
export const badRequest = (c: Context, problems: QueryProblem[]) =>
  c.json({ error: problemsText(problems), issues: problems }, 400);

/** A JSON 404 naming what was not found, e.g. `crisis not found`. */
export const notFound = (c: Context, what: string) => c.json({ error: `${what} not found` }, 404);
