import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/model/index.js';
import { describeIncident } from '../../../src/serve/pages/plain-sentence.js';
import { serveForTests } from '../served-app.js';
import { borderStory, hostileStory } from '../story.js';

const { get } = serveForTests(() => [...borderStory(), hostileStory()], { pollMs: 50 });

describe('pages', () => {
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
    }
    expect((await get('/crisis/anything?type=NOPE')).status).toBe(400);
    expect((await get('/crisis/no-such-crisis')).status).toBe(404);
  });

  it('searches the full text from the page', async () => {
    const { document } = parseHTML(await (await get('/search?q=sanctions')).text());
    expect(document.querySelectorAll('.hits li').length).toBeGreaterThan(0);
    expect(document.querySelector('.hits mark')?.textContent?.toLowerCase()).toBe('sanctions');
  });

  it('answers an unknown address with an HTML 404 page, never JSON', async () => {
    const res = await get('/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('There is no page at this address.');
  });
});
