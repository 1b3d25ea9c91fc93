import { createHash } from 'node:crypto';
import type { FeedItem } from '../ingest/feeds/feed-item.js';
import { readSourceItems, type SourceContent } from '../ingest/feeds/read-source-items.js';
import { FetchError } from '../ingest/fetch/fetch-error.js';
import type { FetchResult, SafeFetcher } from '../ingest/fetch/safe-fetcher.js';
import { rawDocumentFrom } from '../ingest/raw-from-fetch.js';
import type { WatchSource, WatchStore } from '../store/watch-store.js';
import type { DocumentSink } from './document-sink.js';
import type { WatchLogger } from './watch-log.js';
import { nextAttemptAfterFailure } from './source-backoff.js';

/** What the watch loop needs to poll one source. */
export interface PollContext {
  store: WatchStore;
  fetcher: SafeFetcher;
  /** Where each fetched document goes: stored at once, or queued for workers. */
  sink: DocumentSink;
  log: WatchLogger;
  /** Most new items taken from one source per pass; the rest wait for the next pass. */
  maxItemsPerPass: number;
  /** Child sitemaps of a sitemap index read per pass (the newest first). */
  maxChildSitemaps: number;
  /** Attempts at one item before it is given up. */
  maxItemAttempts: number;
}

/** Counts of one poll, for the pass summary and the soak bench. */
export interface PollStats {
  fetched: number;
  notModified: number;
  ingested: number;
  duplicates: number;
  itemErrors: number;
  sourceErrors: number;
  skipped: number;
}

export function emptyStats(): PollStats {
  return {
    fetched: 0,
    notModified: 0,
    ingested: 0,
    duplicates: 0,
    itemErrors: 0,
    sourceErrors: 0,
    skipped: 0,
  };
}

function hashOf(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Polls one source: a conditional fetch, then each new item fetched, analysed and ingested.
 * An item is marked seen only after its article is committed, so a crash loses nothing; the
 * source's validators are kept only when every item was settled, so nothing is skipped by a
 * later 304. Errors are logged and counted, never thrown.
 */
export async function pollSource(
  ctx: PollContext,
  source: WatchSource,
  stats: PollStats = emptyStats(),
  now = Date.now(),
): Promise<PollStats> {
  const state = ctx.store.getFetchState(source.url);
  if (state.nextAttemptAt > now) {
    stats.skipped++;
    ctx.log({
      level: 'debug',
      event: 'source-backoff',
      source: source.url,
      url: source.url,
      message: `failing ${state.failures} times; next try at ${new Date(state.nextAttemptAt).toISOString()}`,
    });
    return stats;
  }
  let fetched: FetchResult;
  let content: SourceContent;
  try {
    fetched = await ctx.fetcher.fetch(source.url, state);
    stats.fetched++;
    if (fetched.notModified) {
      stats.notModified++;
      ctx.store.recordFetchSuccess(source.url, {
        etag: fetched.etag ?? state.etag,
        lastModified: fetched.lastModified ?? state.lastModified,
        status: '304',
      });
      ctx.log({ level: 'debug', event: 'not-modified', source: source.url, url: source.url });
      return stats;
    }
    content = readSourceItems(fetched, source.kind);
  } catch (err) {
    recordSourceFailure(ctx, source.url, source.url, err, stats);
    return stats;
  }

  if (content.kind === 'page') {
    await pollPage(ctx, source, fetched, state.contentHash, stats);
    return stats;
  }
  // A listing page's article links are taken like feed items (same host, robots, politeness).
  let items: FeedItem[];
  if (content.kind === 'sitemapindex') {
    items = await readChildSitemaps(ctx, source, content.sitemaps, stats);
  } else {
    items = content.items;
  }
  const complete = await takeNewItems(ctx, source, items, stats);
  // Validators only when every item is settled: otherwise a 304 next time would hide the rest.
  ctx.store.recordFetchSuccess(source.url, {
    etag: complete ? fetched.etag : null,
    lastModified: complete ? fetched.lastModified : null,
    status: String(fetched.status),
  });
  return stats;
}

async function pollPage(
  ctx: PollContext,
  source: WatchSource,
  fetched: FetchResult,
  previousHash: string | null,
  stats: PollStats,
): Promise<void> {
  const hash = hashOf(fetched.body);
  if (hash !== previousHash) {
    const item = { key: `${source.url}#${hash}`, url: fetched.url, title: null, published: null };
    const settled = await ingestItem(ctx, source, item, fetched, stats);
    if (!settled) return;
  }
  ctx.store.recordFetchSuccess(source.url, {
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    contentHash: hash,
    status: String(fetched.status),
  });
}

async function readChildSitemaps(
  ctx: PollContext,
  source: WatchSource,
  sitemaps: { url: string; lastmod: string | null }[],
  stats: PollStats,
): Promise<FeedItem[]> {
  const newest = [...sitemaps]
    .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? ''))
    .slice(0, ctx.maxChildSitemaps);
  const items: FeedItem[] = [];
  for (const child of newest) {
    try {
      const r = await ctx.fetcher.fetch(child.url);
      const content = readSourceItems(r, 'sitemap');
      if (content.kind === 'sitemap') items.push(...content.items);
    } catch (err) {
      recordSourceFailure(ctx, source.url, child.url, err, stats);
    }
  }
  return items;
}

/**
 * Ingests the newest unseen items (at most `maxItemsPerPass`), oldest of them first; true when
 * none is left for a later pass.
 */
async function takeNewItems(
  ctx: PollContext,
  source: WatchSource,
  items: FeedItem[],
  stats: PollStats,
): Promise<boolean> {
  const unique = [...new Map(items.map((i) => [i.key, i])).values()];
  const settled = ctx.store.settledKeys(
    source.url,
    unique.map((i) => i.key),
  );
  const fresh = unique
    .filter((i) => !settled.has(i.key))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  let complete = fresh.length <= ctx.maxItemsPerPass;
  // The newest batch first: a large sitemap's backlog must not hold today's news back for days.
  for (const item of fresh.slice(-ctx.maxItemsPerPass)) {
    if (!item.url) {
      ctx.store.markSeen(source.url, item, { status: 'given-up', error: 'item has no link' });
      continue;
    }
    let fetched: FetchResult;
    try {
      fetched = await ctx.fetcher.fetch(item.url);
    } catch (err) {
      failItem(ctx, source, item, err, stats);
      complete = false;
      continue;
    }
    if (!(await ingestItem(ctx, source, item, fetched, stats))) complete = false;
  }
  return complete;
}

/** Analyses and stores one fetched item; true when it is settled (stored or a duplicate). */
async function ingestItem(
  ctx: PollContext,
  source: WatchSource,
  item: FeedItem,
  fetched: FetchResult,
  stats: PollStats,
): Promise<boolean> {
  const hash = hashOf(fetched.body);
  if (ctx.store.hasContent(hash)) {
    stats.duplicates++;
    ctx.store.markSeen(source.url, item, { status: 'duplicate', contentHash: hash });
    return true;
  }
  try {
    const raw = rawDocumentFrom(fetched, {
      source: item.url ?? fetched.url,
      title: item.title,
      published: item.published,
    });
    const result = await ctx.sink(raw);
    const duplicate = result.status === 'duplicate';
    // Marked seen only now that the article is committed (or its job is): a crash before this line retries it.
    ctx.store.markSeen(source.url, item, {
      status: duplicate ? 'duplicate' : result.status === 'queued' ? 'queued' : 'ingested',
      contentHash: hash,
      articleId: result.articleId,
    });
    if (duplicate) stats.duplicates++;
    else stats.ingested++;
    ctx.log({
      level: 'info',
      event: duplicate
        ? 'item-duplicate'
        : result.status === 'queued'
          ? 'item-queued'
          : 'item-ingested',
      source: source.url,
      url: fetched.url,
      ...(result.articleId ? { articleId: result.articleId } : {}),
      ...(result.events !== null ? { events: result.events } : {}),
      ...(result.incidents !== null ? { incidents: result.incidents } : {}),
    });
    return true;
  } catch (err) {
    failItem(ctx, source, item, err, stats);
    return false;
  }
}

function failItem(
  ctx: PollContext,
  source: WatchSource,
  item: FeedItem,
  err: unknown,
  stats: PollStats,
): void {
  stats.itemErrors++;
  const retryable = !(err instanceof FetchError) || err.retryable;
  const attempts = ctx.store.markSeen(source.url, item, {
    status: 'failed',
    error: messageOf(err),
  });
  // A lasting failure (404, blocked, too large) or too many tries: stop retrying that item.
  const giveUp = !retryable || attempts >= ctx.maxItemAttempts;
  if (giveUp) {
    ctx.store.markSeen(source.url, item, { status: 'given-up', error: messageOf(err) });
  }
  ctx.log({
    level: 'warn',
    event: giveUp ? 'item-given-up' : 'item-failed',
    source: source.url,
    url: item.url ?? item.key,
    message: messageOf(err),
    attempts,
  });
}

function recordSourceFailure(
  ctx: PollContext,
  sourceUrl: string,
  url: string,
  err: unknown,
  stats: PollStats,
): void {
  stats.sourceErrors++;
  const failures = ctx.store.getFetchState(url).failures + 1;
  const asked = err instanceof FetchError ? (err.details.retryAfterMs ?? 0) : 0;
  const retryAt = Math.max(nextAttemptAfterFailure(failures), Date.now() + asked);
  ctx.store.recordFetchFailure(url, messageOf(err), retryAt);
  ctx.log({
    level: 'error',
    event: 'source-failed',
    source: sourceUrl,
    url,
    message: messageOf(err),
    failures,
  });
}
