import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/model/index.js';
import { serveForTests } from '../served-app.js';
import { borderStory, hostileStory } from '../story.js';

const { get } = serveForTests(() => [...borderStory(), hostileStory()], { pollMs: 50 });

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

  it('answers an unknown API address with a JSON 404 that points to the OpenAPI document', async () => {
    const res = await get('/api/nowhere');
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe(
      'no such API route: /api/nowhere (see /api/openapi.json)',
    );
  });
});
