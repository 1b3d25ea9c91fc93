import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderFigureChart } from '../../src/serve/charts/figure-chart.js';
import { renderPlaceMap } from '../../src/serve/charts/place-map.js';
import { renderClaimFeed } from '../../src/serve/feeds/atom.js';
import { actorLabel, formatQuantity, markEvidence } from '../../src/serve/format.js';
import { escapeHtml, html, safeHref } from '../../src/serve/html.js';
import { incidentItem } from '../../src/serve/pages/components.js';
import {
  latestStatement,
  mainClaims,
  orderCrises,
  renderClaim,
  stanceTally,
} from '../../src/serve/pages/pages.js';
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
      actors: [actor('VEN', `Troops ${HOSTILE}`)],
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
    expect(document.querySelector('h3')?.textContent?.trim()).toContain(`Troops ${HOSTILE}`);
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

  it('words a range with both bounds and "up to" with its bound', () => {
    const range = { value: 10000, upper: 12000, unit: 'troops', qualifier: 'exact' as const };
    expect(formatQuantity({ ...range, text: 'x' })).toBe('10,000–12,000 troops');
    expect(formatQuantity({ ...range, qualifier: 'about', text: 'x' })).toBe(
      'about 10,000–12,000 troops',
    );
    expect(
      formatQuantity({ value: 12000, upper: 12000, unit: 'troops', qualifier: 'up to', text: 'x' }),
    ).toBe('up to 12,000 troops');
  });

  it('picks the claims with the most sources as the main claims', () => {
    const lone = incident({ id: 'inc-2', statements: [statement({ text: 'x' })] });
    const none = incident({ id: 'inc-3', statements: [] });
    expect(mainClaims([lone, none, incident()]).map((i) => i.id)).toEqual(['inc-1', 'inc-2']);
  });

  it('puts claims with both sides named before better-sourced ones missing a side', () => {
    const oneSided = incident({ id: 'inc-4', recipients: [] });
    const both = incident({ id: 'inc-5', statements: [statement({ text: 'x' })] });
    expect(mainClaims([oneSided, both]).map((i) => i.id)).toEqual(['inc-5', 'inc-4']);
  });

  it('puts a claim told by many sources before a better-named one told once', () => {
    const source = (code: string, name: string, start: number) =>
      statement({ text: `${name} said so.`, start, source: actor(code, name) });
    const wellSourced = incident({
      id: 'inc-7',
      recipients: [],
      statements: [
        source('GUY', 'Guyana', 0),
        source('USA', 'United States', 20),
        source('BRA', 'Brazil', 40),
        source('VEN', 'Venezuela', 60),
      ],
    });
    const toldOnce = incident({ id: 'inc-8', statements: [statement({ text: 'x' })] });
    expect(mainClaims([toldOnce, wellSourced]).map((i) => i.id)).toEqual(['inc-7', 'inc-8']);
  });

  it('negative: a claim naming no party is no main claim', () => {
    const nobody = incident({ id: 'inc-9', actors: [], recipients: [] });
    expect(mainClaims([nobody, incident()]).map((i) => i.id)).toEqual(['inc-1']);
  });

  it('negative: among claims with both sides named, more articles weigh more', () => {
    const wide = incident({ id: 'inc-6', articleIds: ['art-1', 'art-2', 'art-3'] });
    expect(mainClaims([incident(), wide]).map((i) => i.id)).toEqual(['inc-6', 'inc-1']);
  });
});

describe('actor names', () => {
  it.each([
    ['a country code', { code: 'GUY', name: 'GUY' }, 'Guyana'],
    ['a body that is no country', { code: 'UNO', name: 'UNO' }, 'United Nations'],
    ['negative: a stored name wins', { code: 'UNO', name: 'Security Council' }, 'Security Council'],
    ['negative: an unknown code stays as it is', { code: 'XQZ', name: 'XQZ' }, 'XQZ'],
  ])('%s', (_, ref, want) => {
    expect(actorLabel(ref)).toBe(want);
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

  it('reads each status change once: badge, date, then the words (older stores lose their repeated opening)', () => {
    const history = [
      {
        status: 'asserted' as const,
        on: '2025-03-03',
        articleId: 'art-1',
        because: 'Guyana said it happened',
      },
      {
        status: 'disputed' as const,
        on: '2025-03-04',
        articleId: 'art-1',
        because: 'Disputed on 2025-03-04: Venezuela denied it',
      },
    ];
    const page = renderClaim({
      incident: incident({ history }),
      crisis: null,
      events: new Map(),
      crisisIncidents: [],
      liveSeq: 1,
    });
    const lines = Array.from(parseHTML(page).document.querySelectorAll('.history li')).map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(lines[0]).toMatch(/^Asserted 3 Mar 2025 Guyana said it happened/);
    expect(lines[1]).toMatch(/^Disputed 4 Mar 2025 Venezuela denied it/);
    // the ISO date the older words held is not repeated
    expect(lines.join(' ')).not.toContain('2025-03-04');
  });

  it('writes a well-formed Atom feed with one entry per statement, escaped', () => {
    const xml = renderClaimFeed(
      'http://127.0.0.1:3000',
      incident({ actors: [actor('VEN', `A & B ${HOSTILE}\u0001`)] }),
    );
    const { document } = parseHTML(xml, 'text/xml' as never) as unknown as { document: Document };
    expect(xml).not.toContain('<script>');
    expect(document.querySelectorAll('entry')).toHaveLength(2);
    expect(document.querySelector('feed > title')?.textContent).toContain('A & B <script>');
    expect(xml).not.toContain('\u0001');
  });
});

describe('reading aids', () => {
  it('shows a run-on evidence text around its marks, cut at spaces', () => {
    const filler = 'word '.repeat(200);
    const text = `${filler}Officials said 3,000 troops crossed. ${filler}`.trim();
    const at = text.indexOf('3,000 troops');
    const ev = { span: { start: 0, end: text.length }, text };
    const out = markEvidence(ev, [{ start: at, end: at + 12 }]).value;
    expect(out).toContain('<mark>3,000 troops</mark>');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThan(900);
    expect(out).not.toMatch(/…wor[^d]|wo…$/);
    // A short sentence is shown whole.
    const short = { span: { start: 0, end: 20 }, text: 'A short plain report' };
    expect(markEvidence(short, []).value).toBe('A short plain report');
  });

  it('labels the map inside its frame without one name over another', () => {
    const places = [
      { name: 'Georgetown', lat: 6.8, lon: -58.16, count: 3 },
      { name: 'Bartica', lat: 6.4, lon: -58.62, count: 2 },
      { name: 'Linden', lat: 6.0, lon: -58.3, count: 1 },
      { name: 'A very long place name that goes on', lat: 6.6, lon: -57.9, count: 1 },
      { name: 'Boa Vista', lat: 2.82, lon: -60.67, count: 1 },
    ];
    const { document } = parseHTML(
      `<!doctype html><html><body>${renderPlaceMap(places).value}</body></html>`,
    );
    const boxes = Array.from(document.querySelectorAll('text')).map((t) => {
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      const w = (t.textContent ?? '').length * 12.5;
      const left = t.getAttribute('text-anchor') === 'end' ? x - w : x;
      return { left, right: left + w, top: y - 18, bottom: y + 4 };
    });
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(640);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    // Every place keeps its dot and its name as a tooltip, labelled or not.
    expect(document.querySelectorAll('circle title')).toHaveLength(places.length);
  });

  it('gives the chart one colour per main source and greys the rest', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const figures = names.flatMap((n, i) =>
      Array.from({ length: 8 - i }, (_, k) =>
        figure(1000 + k, actor('USA', `Source ${n}`), `2025-03-${String(k + 1).padStart(2, '0')}`),
      ),
    );
    const { document } = parseHTML(
      `<!doctype html><html><body>${renderFigureChart(figures).toString()}</body></html>`,
    );
    const legend = Array.from(document.querySelectorAll('.legend li')).map((li) =>
      li.textContent?.trim(),
    );
    expect(legend).toContain('Source A');
    expect(legend).not.toContain('Source H');
    expect(legend.at(-1)).toBe('Other sources');
    const fills = Array.from(document.querySelectorAll('.legend rect')).map((r) =>
      r.getAttribute('fill'),
    );
    expect(new Set(fills).size).toBe(fills.length);
  });

  it('quotes the latest statement by date and tallies where each source last stood', () => {
    const i = incident({
      statements: [
        statement({ text: 'Late claim.', saidOn: '2025-03-09', start: 10 }),
        statement({
          text: 'Early denial.',
          saidOn: '2025-03-01',
          stance: 'deny',
          source: actor('VEN', 'Venezuela'),
          start: 30,
        }),
        statement({
          text: 'Then a confirmation.',
          saidOn: '2025-03-12',
          stance: 'confirm',
          source: actor('VEN', 'Venezuela'),
          start: 60,
        }),
      ],
    });
    expect(latestStatement(i)?.evidence.text).toBe('Then a confirmation.');
    expect(stanceTally(i)).toBe('Where sources last stood: 1 source confirms, 1 source asserts.');
    expect(stanceTally(incident({ statements: [] }))).toBe('No source is named yet.');
  });

  it('orders crises by their latest activity, empty ones last', () => {
    const crisis = (id: string, lastDate: string, n: number) => ({
      id,
      name: id,
      actors: [],
      places: [],
      incidentIds: Array.from({ length: n }, (_, k) => `${id}-${k}`),
      firstDate: lastDate,
      lastDate,
    });
    const ordered = orderCrises([
      crisis('old', '2024-01-01', 9),
      crisis('empty', '2026-01-01', 0),
      crisis('new', '2025-05-01', 1),
    ]);
    expect(ordered.map((c) => c.id)).toEqual(['new', 'old', 'empty']);
  });
});
