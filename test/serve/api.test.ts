import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/model/index.js';
import { describeIncident } from '../../src/serve/pages/plain-sentence.js';
import { createApp, type SitrepApp } from '../../src/serve/app.js';
import type { Repository } from '../../src/store/repository.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { borderStory, hostileStory } from './story.js';

let dir: string;
let repo: Repository;
let sitrep: SitrepApp;
const get = (path: string, init?: RequestInit) => sitrep.app.request(path, init);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  repo = await openSqliteRepository(join(dir, 'store.db'));
  for (const analysis of [...borderStory(), hostileStory()]) await repo.ingest(analysis);
  sitrep = createApp({ repository: repo, pollMs: 50 });
});

afterAll(async () => {
  sitrep.close();
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('JSON API', () => {
  it('lists incidents with total and pagination', async () => {
    const all = await (await get('/api/incidents')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items).toHaveLength(all.total);
    const page = await (await get('/api/incidents?limit=1&offset=1')).json();
    expect(page).toMatchObject({ limit: 1, offset: 1, total: all.total });
    expect(page.items).toHaveLength(1);
    expect(page.items[0].id).toBe(all.items[1].id);
  });

  it('filters incidents by type, actor, status and date', async () => {
    const sanctions = await (await get('/api/incidents?type=SANCTION')).json();
    expect(sanctions.items.length).toBeGreaterThan(0);
    expect(sanctions.items.every((i: Incident) => i.type === 'SANCTION')).toBe(true);
    const usa = await (await get('/api/incidents?actor=usa')).json();
    expect(
      usa.items.every((i: Incident) =>
        [...i.actors, ...i.recipients].some((a) => a.code === 'USA'),
      ),
    ).toBe(true);
    const late = await (await get('/api/incidents?since=2025-03-13')).json();
    expect(late.items.map((i: Incident) => i.type)).toContain('SANCTION');
    expect(late.items.map((i: Incident) => i.type)).not.toContain('ASSAULT');
  });

  it('answers a bad query parameter with 400 and says what is wrong', async () => {
    for (const [query, words] of [
      ['limit=lots', /limit/],
      ['limit=0', /limit must be at least 1/],
      ['type=INVADE', /type/],
      ['since=yesterday', /since must be a date/],
      ['colour=red', /unknown query parameter colour/],
      ['since=2025-02-30', /since is not a day of the calendar/],
      ['until=2025-13', /until is not a day of the calendar/],
      ['since=2025-03-10&until=2025-03-01', /since must not be after until/],
    ] as const) {
      const res = await get(`/api/incidents?${query}`);
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.error, query).toMatch(words);
    }
    expect((await get('/api/search')).status).toBe(400);
    // A leap day is a real day.
    expect((await get('/api/incidents?since=2024-02-29')).status).toBe(200);
  });

  it('returns one incident, claim, event, article, or a JSON 404', async () => {
    const [first] = (await (await get('/api/incidents?type=MOBILIZE')).json()).items as Incident[];
    expect(first).toBeDefined();
    if (!first) return;
    const one = await (await get(`/api/incidents/${first.id}`)).json();
    expect(one.id).toBe(first.id);
    const claim = await (await get(`/api/claims/${first.id}`)).json();
    expect(claim.statements.length).toBeGreaterThan(0);
    const event = await (await get(`/api/events/${first.eventIds[0]}`)).json();
    expect(event.type).toBe('MOBILIZE');
    const article = await (await get(`/api/articles/${first.articleIds[0]}`)).json();
    expect(article.article.id).toBe(first.articleIds[0]);
    const missing = await get('/api/incidents/no-such-id');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/not found/);
  });

  it('lists articles, crises, search hits and stats', async () => {
    const articles = await (await get('/api/articles?limit=2')).json();
    expect(articles.total).toBe(5);
    expect(articles.items).toHaveLength(2);
    expect((await (await get('/api/crises')).json()).items).toBeInstanceOf(Array);
    const hits = await (await get('/api/search?q=sanctions')).json();
    expect(hits.items.length).toBeGreaterThan(0);
    const stats = await (await get('/api/stats')).json();
    expect(stats).toMatchObject({ articles: 5 });
    expect(stats.liveSeq).toBeGreaterThan(0);
  });

  it('publishes an OpenAPI 3.1 document generated from the schemas', async () => {
    const doc = await (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const incidents = doc.paths['/api/incidents'].get;
    const type = incidents.parameters.find((p: { name: string }) => p.name === 'type');
    expect(type.schema.enum).toContain('ASSAULT');
    expect(incidents.responses['400']).toBeDefined();
    const item = incidents.responses['200'].content['application/json'].schema.properties.items;
    expect(item.items.properties.status.enum).toContain('confirmed');
  });

  it('serves places as GeoJSON points', async () => {
    const res = await get('/api/places.geojson');
    expect(res.headers.get('content-type')).toContain('application/geo+json');
    const geo = await res.json();
    expect(geo.type).toBe('FeatureCollection');
    const cuyuni = geo.features.find(
      (f: { properties: { place: string } }) => f.properties.place === 'Cuyuni River',
    );
    expect(cuyuni.geometry.coordinates).toEqual([-60.6, 6.6]);
  });
});

describe('pages, feeds and headers', () => {
  it('sets the security headers on every response', async () => {
    for (const path of ['/', '/api/stats', '/static/live.js', '/nowhere']) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('renders the index with the latest incidents, escaped', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    const page = await res.text();
    const { document } = parseHTML(page);
    expect(document.querySelectorAll('li.incident').length).toBeGreaterThanOrEqual(3);
    // No script but our own: the hostile article's tags are text.
    const scripts = Array.from(document.querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual([
      expect.stringMatching(/^\/static\/live\.js/),
    ]);
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('renders a claim page with history, evidence marks, chart and map', async () => {
    const [first] = (await (await get('/api/incidents?type=MOBILIZE')).json()).items as Incident[];
    const res = await get(`/claim/${first?.id}`);
    expect(res.status).toBe(200);
    const { document } = parseHTML(await res.text());
    expect(document.querySelector('h1')?.textContent?.trim()).toBe(
      first ? describeIncident(first) : '',
    );
    expect(document.querySelector('.coded code')?.textContent).toBe(first?.summary);
    expect(document.querySelectorAll('.statements li').length).toBe(first?.statements.length);
    expect(document.querySelectorAll('.statements mark').length).toBeGreaterThan(0);
    expect(document.querySelector('svg.map circle')).not.toBeNull();
    if ((first?.figures.length ?? 0) > 0)
      expect(document.querySelector('.chart svg')).not.toBeNull();
    expect((await get(`/incident/${first?.id}`)).status).toBe(301);
  });

  it('renders each crisis page with its timeline, and rejects a bad filter with 400', async () => {
    const crises = (await (await get('/api/crises')).json()).items as { id: string }[];
    for (const crisis of crises) {
      const res = await get(`/crisis/${crisis.id}`);
      expect(res.status).toBe(200);
      const { document } = parseHTML(await res.text());
      expect(document.querySelector('nav[aria-label="Breadcrumb"]')?.textContent).toMatch(
        /Home.*World.*Live/s,
      );
      expect(document.querySelectorAll('#timeline li.incident').length).toBeGreaterThan(0);
      const feed = await get(`/crisis/${crisis.id}/feed.atom`);
      expect(feed.headers.get('content-type')).toContain('application/atom+xml');
      expect(await feed.text()).toContain('<entry>');
    }
    expect((await get('/crisis/anything?type=NOPE')).status).toBe(400);
    expect((await get('/crisis/no-such-crisis')).status).toBe(404);
  });

  it('searches the full text from the page', async () => {
    const { document } = parseHTML(await (await get('/search?q=sanctions')).text());
    expect(document.querySelectorAll('.hits li').length).toBeGreaterThan(0);
    expect(document.querySelector('.hits mark')?.textContent?.toLowerCase()).toBe('sanctions');
  });
});

describe('live stream', () => {
  it('pushes a change ingested after the stream opened, and replays from Last-Event-ID', async () => {
    const seq = (await (await get('/api/stats')).json()).liveSeq as number;
    const controller = new AbortController();
    const res = await get('/events/stream', { signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      const until = Date.now() + 5000;
      while (!text.includes(needle) && Date.now() < until) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil('event: ready');
    const [late] = borderStory().map((a) => {
      const id = `${a.id.slice(0, 60)}late`;
      return {
        ...a,
        id,
        title: 'A later report',
        text: `${a.text} Later.`,
        url: 'https://wire.example.net/2025/03/15/later',
        events: a.events.map((e) => ({ ...e, id: `${e.id}-late`, articleId: id })),
      };
    });
    await repo.ingest(late!);
    await readUntil('event: incident');
    expect(text).toContain('event: incident');
    expect(text).toMatch(/id: \d+/);
    controller.abort();

    const replay = new AbortController();
    const again = await get('/events/stream', {
      signal: replay.signal,
      headers: { 'Last-Event-ID': String(seq) },
    });
    const r2 = again.body!.getReader();
    let t2 = '';
    const until = Date.now() + 5000;
    while (!t2.includes('event: ready') && Date.now() < until) {
      const { value, done } = await r2.read();
      if (done) break;
      t2 += decoder.decode(value);
    }
    expect(t2.indexOf('event: incident')).toBeGreaterThanOrEqual(0);
    expect(t2.indexOf('event: incident')).toBeLessThan(t2.indexOf('event: ready'));
    replay.abort();
  });
});
