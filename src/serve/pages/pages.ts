import type { Crisis, Event, Incident } from '../../model/index.js';
import type { Page, SearchHit, StoreStats } from '../../store/repository.js';
import { renderFigureChart } from '../charts/figure-chart.js';
import type { MapPlace } from '../charts/place-map.js';
import { renderPlaceMap } from '../charts/place-map.js';
import {
  STATUS_LABELS,
  actorNames,
  escapeRegExp,
  formatDate,
  incidentDate,
  outletName,
  sourceName,
  stanceText,
} from '../format.js';
import type { SafeHtml } from '../html.js';
import { escapeHtml, html, raw } from '../html.js';
import type { FilterValues } from './components.js';
import {
  breadcrumbs,
  filtersForm,
  incidentItem,
  pagination,
  statementItem,
  statusBadge,
  typeLabel,
} from './components.js';
import { layout } from './layout.js';

const crisisHref = (id: string) => `/crisis/${encodeURIComponent(id)}`;
const claimHref = (id: string) => `/claim/${encodeURIComponent(id)}`;

function liveTimeline(
  incidents: readonly Incident[],
  scope: { crisisId: string | null; filters?: FilterValues },
): SafeHtml {
  const f = scope.filters ?? {};
  return html`<ol
      class="timeline"
      id="timeline"
      data-live="true"
      data-crisis="${scope.crisisId ?? ''}"
      data-filter-actor="${f.actor ?? ''}"
      data-filter-type="${f.type ?? ''}"
      data-filter-status="${f.status ?? ''}"
      data-filter-since="${f.since ?? ''}"
      data-filter-until="${f.until ?? ''}"
      data-filter-q="${f.q ?? ''}"
    >
      ${incidents.map(incidentItem)}
    </ol>
    ${incidents.length === 0 ? html`<p class="empty" id="timeline-empty">No incidents match yet. New ones appear here as articles arrive.</p>` : ''}`;
}

/** The places of the incidents that have coordinates, counted. */
export function placesOf(incidents: readonly Incident[], highlightId?: string): MapPlace[] {
  const byName = new Map<string, MapPlace>();
  for (const i of incidents) {
    const p = i.place;
    if (!p || p.lat === null || p.lon === null) continue;
    const key = `${p.name}|${p.lat.toFixed(2)}|${p.lon.toFixed(2)}`;
    const place = byName.get(key) ?? { name: p.name, lat: p.lat, lon: p.lon, count: 0 };
    place.count++;
    if (i.id === highlightId) place.highlight = true;
    byName.set(key, place);
  }
  return [...byName.values()];
}

function crisisCard(crisis: Crisis): SafeHtml {
  return html`<li class="crisis-card">
    <h3><a href="${crisisHref(crisis.id)}">${crisis.name}</a></h3>
    <p class="meta">
      ${formatDate(crisis.firstDate)} – ${formatDate(crisis.lastDate)} ·
      ${crisis.incidentIds.length} incident${crisis.incidentIds.length === 1 ? '' : 's'}
    </p>
    ${crisis.actors.length > 0 ? html`<p class="muted">Actors: ${crisis.actors.join(', ')}</p>` : ''}
  </li>`;
}

export function renderHome(data: {
  crises: readonly Crisis[];
  latest: Page<Incident>;
  stats: StoreStats;
  liveSeq: number;
  filters: FilterValues;
  query: Record<string, string | undefined>;
  actors: readonly string[];
}): string {
  const filtered = Object.values(data.filters).some(Boolean);
  const body = html`${breadcrumbs([{ label: 'Home' }])}
    <h1>Situation reports</h1>
    <p class="lede">
      ${data.stats.articles} articles read, ${data.stats.incidents} incidents, ${data.crises.length}
      crisis${data.crises.length === 1 ? '' : 'es'}${data.stats.lastIngestAt ? `, last updated ${formatDate(data.stats.lastIngestAt)}` : ''}.
    </p>
    <section aria-labelledby="crises-h">
      <h2 id="crises-h">Crises</h2>
      ${
        data.crises.length > 0
          ? html`<ul class="crises">
              ${data.crises.map(crisisCard)}
            </ul>`
          : html`<p class="empty">
              No crisis yet: ingest articles with <code>sitrep ingest</code>.
            </p>`
      }
    </section>
    <section aria-labelledby="latest-h">
      <h2 id="latest-h">
        <span class="live-dot" aria-hidden="true"></span> Latest
        incidents${filtered ? ' (filtered)' : ''}<span class="visually-hidden">
          (updates live)</span
        >
      </h2>
      ${filtersForm('/', data.actors, data.filters)}
      <p class="count" id="timeline-count">
        ${data.latest.total}
        incident${data.latest.total === 1 ? '' : 's'}${filtered ? ' match' : ''}, newest first.
      </p>
      ${liveTimeline(data.latest.items, { crisisId: null, filters: data.filters })}
      ${pagination('/', data.query, data.latest)}
    </section>`;
  return layout({ title: 'Situation reports', body, liveSeq: data.liveSeq });
}

/** The claims readers most need: the incidents with the most sources, newest first on a tie. */
export function mainClaims(incidents: readonly Incident[], n = 4): Incident[] {
  const sources = (i: Incident) => new Set(i.statements.map(sourceName)).size;
  return [...incidents]
    .filter((i) => i.statements.length > 0)
    .sort(
      (a, b) =>
        sources(b) - sources(a) || (incidentDate(b) ?? '').localeCompare(incidentDate(a) ?? ''),
    )
    .slice(0, n);
}

function headline(incident: Incident): SafeHtml {
  const last = incident.statements[incident.statements.length - 1];
  return html`<li>
    ${statusBadge(incident.status)}
    <a href="${claimHref(incident.id)}">${incident.summary}</a
    >${last ? html` <span class="muted">Latest: ${stanceText(last)}${last.saidOn ? `, ${formatDate(last.saidOn)}` : ''}.</span>` : ''}
  </li>`;
}

export function renderCrisis(data: {
  crisis: Crisis;
  page: Page<Incident>;
  overview: readonly Incident[];
  filters: FilterValues;
  query: Record<string, string | undefined>;
  liveSeq: number;
}): string {
  const { crisis } = data;
  const href = crisisHref(crisis.id);
  const claims = mainClaims(data.overview);
  const filtered = Object.values(data.filters).some(Boolean);
  const body = html`${breadcrumbs([{ label: 'Home', href: '/' }, { label: 'World' }, { label: 'Live' }, { label: crisis.name }])}
    <header class="crisis-head">
      <p class="kicker"><span class="live-dot" aria-hidden="true"></span> Live</p>
      <h1>${crisis.name}</h1>
      <p class="lede">
        ${formatDate(crisis.firstDate)} – ${formatDate(crisis.lastDate)} ·
        ${crisis.incidentIds.length}
        incidents${crisis.actors.length ? ` · ${crisis.actors.join(', ')}` : ''} ·
        <a href="${href}/feed.atom">Atom feed</a>
      </p>
    </header>
    <div class="columns">
      <div class="main-col">
        ${
          claims.length > 0
            ? html`<section class="summary" aria-labelledby="summary-h">
                <h2 id="summary-h">Where the main claims stand</h2>
                <ul>
                  ${claims.map(headline)}
                </ul>
              </section>`
            : ''
        }
        <section aria-labelledby="timeline-h">
          <h2 id="timeline-h">Timeline${filtered ? ' (filtered)' : ''}</h2>
          ${filtersForm(href, crisis.actors, data.filters)}
          <p class="count" id="timeline-count">
            ${data.page.total}
            incident${data.page.total === 1 ? '' : 's'}${filtered ? ' match' : ''}, newest first.
          </p>
          ${liveTimeline(data.page.items, { crisisId: crisis.id, filters: data.filters })}
          ${pagination(href, data.query, data.page)}
        </section>
      </div>
      <aside class="side-col" aria-labelledby="map-h">
        <h2 id="map-h">Places</h2>
        ${renderPlaceMap(placesOf(data.overview), crisis.actors)}
        <p class="muted">
          <a href="/api/places.geojson?crisis=${encodeURIComponent(crisis.id)}"
            >Places as GeoJSON</a
          >
        </p>
      </aside>
    </div>`;
  return layout({
    title: crisis.name,
    description: `Live situation report: ${crisis.name}`,
    body,
    feeds: [{ title: `${crisis.name}: incidents`, href: `${href}/feed.atom` }],
    liveSeq: data.liveSeq,
  });
}

export function renderClaim(data: {
  incident: Incident;
  crisis: Crisis | null;
  events: ReadonlyMap<string, Event>;
  crisisIncidents: readonly Incident[];
  liveSeq: number;
}): string {
  const { incident, crisis } = data;
  const crumbs = [{ label: 'Home', href: '/' }, { label: 'World' }, { label: 'Live' }];
  if (crisis) crumbs.push({ label: crisis.name, href: crisisHref(crisis.id) });
  crumbs.push({ label: 'Claim' });
  const date = incidentDate(incident);
  const mapIncidents = data.crisisIncidents.some((i) => i.id === incident.id)
    ? data.crisisIncidents
    : [...data.crisisIncidents, incident];
  const shade = [...incident.actors, ...incident.recipients].map((a) => a.code);
  const body = html`${breadcrumbs(crumbs)}
    <article class="claim" id="incident-${incident.id}" data-incident="${incident.id}">
      <header>
        <p class="kicker">
          ${typeLabel(incident.type)}${incident.mode ? ` (${incident.mode})` : ''} ·
          <time datetime="${date ?? ''}">${formatDate(date)}</time
          >${incident.place ? ` · ${incident.place.name}` : ''}
        </p>
        <h1>${incident.summary}</h1>
        <p class="status">
          ${statusBadge(incident.status)}
          <span class="muted"
            >${actorNames(incident.actors) || 'Unknown actor'} →
            ${actorNames(incident.recipients) || 'no recipient'} · reported in
            ${incident.articleIds.length} article${incident.articleIds.length === 1 ? '' : 's'} ·
            <a href="${claimHref(incident.id)}/feed.atom">Atom feed</a></span
          >
        </p>
      </header>
      <div class="columns">
        <div class="main-col">
          <section aria-labelledby="history-h">
            <h2 id="history-h">Status history</h2>
            ${
              incident.history.length > 0
                ? html`<ol class="history">
                    ${incident.history.map((h) => html`<li>${statusBadge(h.status)} <time datetime="${h.on ?? ''}">${formatDate(h.on)}</time> <span>${h.because}</span></li>`)}
                  </ol>`
                : html`<p class="empty">No status change recorded.</p>`
            }
          </section>
          <section aria-labelledby="statements-h">
            <h2 id="statements-h">Who says what</h2>
            ${
              incident.statements.length > 0
                ? html`<ol class="statements">
                    ${incident.statements.map((s) => statementItem(s, incident, data.events.get(s.eventId)))}
                  </ol>`
                : html`<p class="empty">No attributed statement.</p>`
            }
          </section>
          <section aria-labelledby="figures-h">
            <h2 id="figures-h">Figures over time</h2>
            ${renderFigureChart(incident.figures) || html`<p class="empty">No dated figure has been reported.</p>`}
          </section>
          ${
            data.events.size > 0
              ? html`<section aria-labelledby="reports-h">
                  <h2 id="reports-h">Reports</h2>
                  <ol class="reports">
                    ${[...data.events.values()].map((e) => {
                      const sentence = e.evidence[0];
                      return html`<li>
                        <p>${sentence ? sentence.text : e.summary}</p>
                        <p class="muted">
                          <a href="/api/events/${encodeURIComponent(e.id)}">Event ${e.id}</a> · rule
                          ${e.ruleId}
                        </p>
                      </li>`;
                    })}
                  </ol>
                </section>`
              : ''
          }
        </div>
        <aside class="side-col" aria-labelledby="map-h">
          <h2 id="map-h">Places${crisis ? ' in this crisis' : ''}</h2>
          ${renderPlaceMap(placesOf(mapIncidents, incident.id), shade)}
        </aside>
      </div>
    </article>`;
  return layout({
    title: incident.summary,
    body,
    feeds: [{ title: `Claim: ${incident.summary}`, href: `${claimHref(incident.id)}/feed.atom` }],
    liveSeq: data.liveSeq,
  });
}

/** The snippet with the query's words marked; everything escaped. */
function highlight(snippet: string, q: string): SafeHtml {
  const words = q
    .split(/\s+/)
    .filter((w) => w.length > 1)
    .map(escapeRegExp);
  const escaped = escapeHtml(snippet);
  if (words.length === 0) return raw(escaped);
  // Escaping first keeps the marks out of the text; the words are matched escaped too.
  const pattern = new RegExp(`(${words.map((w) => escapeHtml(w)).join('|')})`, 'gi');
  return raw(escaped.replace(pattern, '<mark>$1</mark>'));
}

export function renderSearch(data: { q: string; hits: readonly SearchHit[] }): string {
  const body = html`${breadcrumbs([{ label: 'Home', href: '/' }, { label: 'Search' }])}
    <h1>Search</h1>
    <form class="filters" method="get" action="/search" role="search" aria-label="Search reports">
      <div class="field grow">
        <label for="search-q">Words to find</label
        ><input id="search-q" type="search" name="q" value="${data.q}" />
      </div>
      <div class="actions"><button type="submit">Search</button></div>
    </form>
    ${data.q ? html`<p class="count">${data.hits.length} result${data.hits.length === 1 ? '' : 's'} for “${data.q}”.</p>` : ''}
    <ol class="hits">
      ${data.hits.map(
        (h) =>
          html`<li>
            <h2 class="hit-title">
              ${h.incidentId ? html`<a href="${claimHref(h.incidentId)}">${h.title ?? 'Untitled article'}</a>` : html`<a href="/api/articles/${encodeURIComponent(h.articleId)}">${h.title ?? 'Untitled article'}</a>`}
            </h2>
            <p>${highlight(h.snippet, data.q)}</p>
            <p class="muted">
              ${h.kind === 'evidence' ? 'Evidence sentence' : 'Article'} ·
              ${formatDate(h.published)}
            </p>
          </li>`,
      )}
    </ol>`;
  return layout({ title: data.q ? `Search: ${data.q}` : 'Search', body });
}

export function renderError(status: number, title: string, message: string): string {
  const body = html`${breadcrumbs([{ label: 'Home', href: '/' }, { label: title }])}
    <h1>${title}</h1>
    <p class="lede">${message}</p>
    <p><a href="/">Back to the situation reports</a></p>`;
  return layout({ title: `${status} ${title}`, body });
}

export { STATUS_LABELS, outletName };
