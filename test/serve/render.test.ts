import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderFigureChart } from '../../src/serve/charts/figure-chart.js';
import { renderPlaceMap } from '../../src/serve/charts/place-map.js';
import { renderClaimFeed } from '../../src/serve/feeds/atom.js';
import { formatQuantity, markEvidence } from '../../src/serve/format.js';
import { escapeHtml, html, safeHref } from '../../src/serve/html.js';
import { incidentItem } from '../../src/serve/pages/components.js';
import { mainClaims, renderClaim } from '../../src/serve/pages/pages.js';
import { actor, figure, incident, statement } from './fixtures.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">';

describe('escaping', () => {
  it('escapes every interpolated value and keeps SafeHtml as is', () => {
    expect(html`<p>${HOSTILE}</p>`.value).toBe(`<p>${escapeHtml(HOSTILE)}</p>`);
    expect(html`<p title="${'" onmouseover="x'}"></p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;x"></p>',
    );
    expect(html`<div>${html`<b>${'<i>'}</b>`}</div>`.value).toBe('<div><b>&lt;i&gt;</b></div>');
  });

  it('links out only to http(s) addresses', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });

  it('renders hostile article text in an incident as inert text', () => {
    const hostile = incident({
      summary: `Troops ${HOSTILE}`,
      statements: [
        statement({
          text: `He said ${HOSTILE} today.`,
          articleUrl: 'javascript:alert(3)',
          outlet: HOSTILE,
        }),
      ],
    });
    const markup = incidentItem(hostile).value;
    const { document } = parseHTML(`<!doctype html><html><body><ol>${markup}</ol></body></html>`);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
    for (const a of Array.from(document.querySelectorAll('a')))
      expect(a.getAttribute('href')).not.toMatch(/^javascript:/i);
    expect(document.querySelector('h3')?.textContent?.trim()).toBe(`Troops ${HOSTILE}`);
    expect(document.querySelector('blockquote')?.textContent).toContain(
      '<script>alert(1)</script>',
    );
  });
});

describe('incident rendering', () => {
  it('shows date, summary, status, figures, sources and evidence with the cue marked', () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><ol>${incidentItem(incident()).value}</ol></body></html>`,
    );
    const li = document.querySelector('li.incident');
    expect(li?.getAttribute('data-date')).toBe('2025-03-03');
    expect(li?.querySelector('time')?.textContent).toBe('3 Mar 2025');
    expect(li?.querySelector('h3 a')?.getAttribute('href')).toBe('/claim/inc-1');
    expect(li?.querySelector('.badge')?.textContent).toBe('Disputed');
    expect(li?.querySelector('.figures')?.textContent).toContain('about 8,000 troops');
    expect(li?.querySelector('.sources')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Venezuela denies',
    );
    const marks = Array.from(document.querySelectorAll('details mark')).map((m) => m.textContent);
    expect(marks).toContain('denied');
    expect(marks).toContain('Guyana');
  });

  it('marks spans inside the sentence and escapes around them', () => {
    const ev = { span: { start: 10, end: 30 }, text: 'A <b> said 2,000 men' };
    expect(markEvidence(ev, [{ start: 21, end: 26 }]).value).toBe(
      'A &lt;b&gt; said <mark>2,000</mark> men',
    );
    // A span outside the sentence is ignored.
    expect(markEvidence(ev, [{ start: 0, end: 5 }]).value).toBe('A &lt;b&gt; said 2,000 men');
  });

  it('words quantities for people', () => {
    expect(formatQuantity({ value: 10000, unit: 'troops', qualifier: 'about', text: 'x' })).toBe(
      'about 10,000 troops',
    );
    expect(
      formatQuantity({
        value: null,
        unit: 'troops',
        qualifier: 'thousands',
        text: 'thousands of troops',
      }),
    ).toBe('thousands of troops');
  });

  it('picks the claims with the most sources as the main claims', () => {
    const lone = incident({ id: 'inc-2', statements: [statement({ text: 'x' })] });
    const none = incident({ id: 'inc-3', statements: [] });
    expect(mainClaims([lone, none, incident()]).map((i) => i.id)).toEqual(['inc-1', 'inc-2']);
  });
});

describe('charts and map', () => {
  it('draws figures over time per source as SVG without inline styles', () => {
    const markup = renderFigureChart(incident().figures).toString();
    expect(markup).toContain('<svg');
    expect(markup).not.toContain('<style');
    expect(markup).not.toMatch(/ style="/);
    expect(markup).toContain('United States');
    const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('draws nothing when no figure has a number and a date', () => {
    expect(
      renderFigureChart([{ ...figure(1, actor('GUY', 'Guyana'), '2025-03-03'), saidOn: null }]),
    ).toBe('');
  });

  it('draws the world atlas fitted to the places, with a point per place', () => {
    const markup = renderPlaceMap(
      [{ name: 'Cuyuni River', lat: 6.4, lon: -60.5, count: 2 }],
      ['VEN'],
    ).value;
    const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
    expect(document.querySelectorAll('path.country').length).toBeGreaterThan(5);
    expect(document.querySelectorAll('path.country.shaded')).toHaveLength(1);
    const circle = document.querySelector('circle');
    expect(Number(circle?.getAttribute('cx'))).toBeGreaterThan(0);
    expect(Number(circle?.getAttribute('cx'))).toBeLessThan(640);
    expect(document.querySelector('text')?.textContent).toBe('Cuyuni River');
  });
});

describe('claim page and feed', () => {
  it('shows the history, statements, chart and map of a claim', () => {
    const page = renderClaim({
      incident: incident(),
      crisis: null,
      events: new Map(),
      crisisIncidents: [],
      liveSeq: 7,
    });
    const { document } = parseHTML(page);
    expect(document.querySelector('body')?.getAttribute('data-live-seq')).toBe('7');
    expect(document.querySelectorAll('.history li')).toHaveLength(2);
    expect(document.querySelectorAll('.statements li')).toHaveLength(2);
    expect(document.querySelector('.chart svg')).not.toBeNull();
    expect(document.querySelector('svg.map circle')).not.toBeNull();
    expect(document.querySelector('main')).not.toBeNull();
    expect(document.querySelector('nav[aria-label="Breadcrumb"]')?.textContent).toContain('Live');
  });

  it('writes a well-formed Atom feed with one entry per statement, escaped', () => {
    const xml = renderClaimFeed('http://127.0.0.1:3000', incident({ summary: `A & B ${HOSTILE}` }));
    const { document } = parseHTML(xml, 'text/xml' as never) as unknown as { document: Document };
    expect(xml).not.toContain('<script>');
    expect(document.querySelectorAll('entry')).toHaveLength(2);
    expect(document.querySelector('feed > title')?.textContent).toContain('A & B <script>');
  });
});
