import type { ClaimStatement, Crisis, Event, Evidence, Incident } from '../../model/index.js';
import type { Page, StoreStats } from '../../store/repository.js';
import { renderFigureChart } from '../charts/figure-chart.js';
import type { MapPlace } from '../charts/place-map.js';
import { renderPlaceMap } from '../charts/place-map.js';
import { placePoint } from '../feeds/geojson.js';
import {
  STANCE_LABELS,
  STATUS_LABELS,
  actorLabel,
  actorNames,
  crisisTitle,
  joinNames,
  formatDate,
  incidentDate,
  markEvidence,
  outletName,
  sourceName,
  stanceText,
} from '../format.js';
import type { SafeHtml } from '../html.js';
import type { SearchResult, SnippetPart } from '../search-results.js';
import { html } from '../html.js';
import type { ActorOption, FilterValues } from './components.js';
import {
  articleLink,
  breadcrumbs,
  filtersForm,
  incidentItem,
  pagination,
  statementItem,
  statusBadge,
  typeLabel,
} from './components.js';
import { layout } from './layout.js';
import { describeIncident } from './plain-sentence.js';

const crisisHref = (id: string) => `/crisis/${encodeURIComponent(id)}`;
const claimHref = (id: string) => `/claim/${encodeURIComponent(id)}`;

/** The sentence reporting each incident that names no source, by incident id. */
export type ReportedSentences = ReadonlyMap<string, Evidence>;

function liveTimeline(
  incidents: readonly Incident[],
  scope: { crisisId: string | null; filters?: FilterValues; reported?: ReportedSentences },
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
      ${incidents.map((i) => incidentItem(i, scope.reported?.get(i.id)))}
    </ol>
    ${incidents.length === 0 ? html`<p class="empty" id="timeline-empty">No incidents match yet. New ones appear here as articles arrive.</p>` : ''}`;
}

/** The places of the incidents that have a point (the GeoJSON's rule), counted. */
export function placesOf(incidents: readonly Incident[], highlightId?: string): MapPlace[] {
  const byName = new Map<string, MapPlace>();
  for (const i of incidents) {
    const point = i.place ? placePoint(i.place) : null;
    if (!i.place || !point) continue;
    const [lon, lat] = point;
    const key = `${i.place.name}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
    const place = byName.get(key) ?? { name: i.place.name, lat, lon, count: 0 };
    place.count++;
    if (i.id === highlightId) place.highlight = true;
    byName.set(key, place);
  }
  return [...byName.values()];
}

/** Actor filter choices: every code on these incidents (and the crisis), by its readers' name. */
export function actorOptions(
  incidents: readonly Incident[],
  codes: readonly string[] = [],
): ActorOption[] {
  const names = new Map<string, Map<string, number>>();
  const count = (code: string, name: string) => {
    const seen = names.get(code) ?? new Map<string, number>();
    seen.set(name, (seen.get(name) ?? 0) + 1);
    names.set(code, seen);
  };
  for (const code of codes) count(code, actorLabel({ code, name: code }));
  for (const i of incidents)
    for (const a of [...i.actors, ...i.recipients]) if (!a.sector) count(a.code, actorLabel(a));
  for (const i of incidents)
    for (const a of [...i.actors, ...i.recipients])
      if (!names.has(a.code)) count(a.code, actorLabel({ code: a.code, name: a.code }));
  return [...names.entries()]
    .map(([code, seen]) => {
      const name = [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? code;
      return { code, label: name === code ? code : `${name} (${code})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Crises worth a card first: the latest activity, then the most incidents; empty ones last. */
export function orderCrises(crises: readonly Crisis[]): Crisis[] {
  return [...crises].sort(
    (a, b) =>
      Number(b.incidentIds.length > 0) - Number(a.incidentIds.length > 0) ||
      (b.lastDate ?? '').localeCompare(a.lastDate ?? '') ||
      b.incidentIds.length - a.incidentIds.length,
  );
}

const CRISIS_CARDS = 12;
// A store of thousands of storylines would make the index page megabytes long.
const CRISIS_LIST = 200;

function crisisCard(crisis: Crisis): SafeHtml {
  return html`<li class="crisis-card">
    <h3><a href="${crisisHref(crisis.id)}">${crisisTitle(crisis.name)}</a></h3>
    <p class="meta">
      ${formatDate(crisis.firstDate)} – ${formatDate(crisis.lastDate)} ·
      ${crisis.incidentIds.length} incident${crisis.incidentIds.length === 1 ? '' : 's'}
    </p>
    ${crisis.actors.length > 0 ? html`<p class="muted">${joinNames(crisis.actors.map((code) => actorLabel({ code, name: code })))}</p>` : ''}
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
  reported?: ReportedSentences;
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
                ${orderCrises(data.crises).slice(0, CRISIS_CARDS).map(crisisCard)}
              </ul>
              ${
                data.crises.length > CRISIS_CARDS
                  ? html`<details class="more-crises">
                      <summary>More crises (${data.crises.length} in all)</summary>
                      <ul>
                        ${orderCrises(data.crises)
                          .slice(CRISIS_CARDS, CRISIS_LIST)
                          .map(
                            (c) =>
                              html`<li>
                                <a href="${crisisHref(c.id)}">${crisisTitle(c.name)}</a>
                                <span class="muted"
                                  >${formatDate(c.lastDate)} · ${c.incidentIds.length}
                                  incident${c.incidentIds.length === 1 ? '' : 's'}</span
                                >
                              </li>`,
                          )}
                      </ul>
                      ${
                        data.crises.length > CRISIS_LIST
                          ? html`<p class="muted">
                              The ${CRISIS_LIST} most recently active are listed; all
                              ${data.crises.length} are at <a href="/api/crises">/api/crises</a>.
                            </p>`
                          : ''
                      }
                    </details>`
                  : ''
              }`
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
      ${filtersForm('/', actorOptions(data.latest.items, data.actors), data.filters)}
      <p class="count" id="timeline-count">
        ${data.latest.total}
        incident${data.latest.total === 1 ? '' : 's'}${filtered ? ' match' : ''}, newest first.
      </p>
      ${liveTimeline(data.latest.items, {
        crisisId: null,
        filters: data.filters,
        ...(data.reported ? { reported: data.reported } : {}),
      })}
      ${pagination('/', data.query, data.latest)}
    </section>`;
  return layout({ title: 'Situation reports', body, liveSeq: data.liveSeq });
}

/**
 * The claims readers most need, by weight of evidence and named parties together: the named
 * sources plus the parties named (two at most: a doer and whom it acted on, or two joint doers).
 * A claim told by four sources with one side named outweighs one told once with both; on a tie
 * the better-named claim, then the most articles, newest first. A claim naming no party at all
 * is no main claim.
 */
export function mainClaims(incidents: readonly Incident[], n = 4): Incident[] {
  const named = (i: Incident) =>
    Math.min(2, new Set([...i.actors, ...i.recipients].map((r) => r.code).filter(Boolean)).size);
  const sources = (i: Incident) =>
    new Set(i.statements.filter((s) => s.sourceKind === 'actor').map(sourceName)).size;
  const articles = (i: Incident) => new Set(i.articleIds).size;
  return [...incidents]
    .filter((i) => i.statements.length > 0 && named(i) > 0)
    .sort(
      (a, b) =>
        sources(b) + named(b) - (sources(a) + named(a)) ||
        named(b) - named(a) ||
        articles(b) - articles(a) ||
        (incidentDate(b) ?? '').localeCompare(incidentDate(a) ?? ''),
    )
    .slice(0, n);
}

/** The statement said last (by date said, then published), which the headline quotes. */
export function latestStatement(incident: Incident): ClaimStatement | undefined {
  let latest: ClaimStatement | undefined;
  const when = (s: ClaimStatement) => s.saidOn ?? s.published?.slice(0, 10) ?? '';
  for (const s of incident.statements) if (!latest || when(s) >= when(latest)) latest = s;
  return latest;
}

function headline(incident: Incident): SafeHtml {
  const last = latestStatement(incident);
  const said = last ? (last.saidOn ?? last.published) : null;
  return html`<li>
    ${statusBadge(incident.status)}
    <a href="${claimHref(incident.id)}">${describeIncident(incident)}</a
    >${last ? html` <span class="muted">Latest: ${stanceText(last)}${said ? `, ${formatDate(said)}` : ''}.</span>` : ''}
  </li>`;
}

export function renderCrisis(data: {
  crisis: Crisis;
  page: Page<Incident>;
  overview: readonly Incident[];
  filters: FilterValues;
  query: Record<string, string | undefined>;
  liveSeq: number;
  reported?: ReportedSentences;
}): string {
  const { crisis } = data;
  const href = crisisHref(crisis.id);
  const claims = mainClaims(data.overview);
  const filtered = Object.values(data.filters).some(Boolean);
  const body = html`${breadcrumbs([{ label: 'Home', href: '/' }, { label: 'World' }, { label: 'Live' }, { label: crisisTitle(crisis.name) }])}
    <header class="crisis-head">
      <p class="kicker"><span class="live-dot" aria-hidden="true"></span> Live</p>
      <h1>${crisisTitle(crisis.name)}</h1>
      <p class="lede">
        ${formatDate(crisis.firstDate)} – ${formatDate(crisis.lastDate)} ·
        ${crisis.incidentIds.length}
        incidents${crisis.actors.length ? ` · ${joinNames(crisis.actors.map((code) => actorLabel({ code, name: code })))}` : ''}
        ·
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
          ${filtersForm(href, actorOptions(data.overview, crisis.actors), data.filters)}
          <p class="count" id="timeline-count">
            ${data.page.total}
            incident${data.page.total === 1 ? '' : 's'}${filtered ? ' match' : ''}, newest first.
          </p>
          ${liveTimeline(data.page.items, {
            crisisId: crisis.id,
            filters: data.filters,
            ...(data.reported ? { reported: data.reported } : {}),
          })}
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
    title: crisisTitle(crisis.name),
    description: `Live situation report: ${crisisTitle(crisis.name)}`,
    body,
    feeds: [{ title: `${crisisTitle(crisis.name)}: incidents`, href: `${href}/feed.atom` }],
    liveSeq: data.liveSeq,
  });
}

/** Where an article came from, for citing it. */
export interface ArticleRef {
  outlet: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
}

/** The outlet and date of each article the claim's statements cite. */
export function articleRefsOf(incident: Incident): Map<string, ArticleRef> {
  const refs = new Map<string, ArticleRef>();
  for (const s of incident.statements)
    if (!refs.has(s.articleId))
      refs.set(s.articleId, {
        outlet: s.outlet,
        url: s.articleUrl,
        published: s.published,
        title: null,
      });
  return refs;
}

/** The statements grouped by who makes them, each source's latest first and earlier ones folded. */
function statementsBySource(incident: Incident, events: ReadonlyMap<string, Event>): SafeHtml {
  const when = (s: ClaimStatement) => s.saidOn ?? s.published?.slice(0, 10) ?? '';
  const groups = new Map<string, ClaimStatement[]>();
  for (const s of incident.statements) {
    const list = groups.get(sourceName(s)) ?? [];
    list.push(s);
    groups.set(sourceName(s), list);
  }
  const ordered = [...groups.entries()]
    .map(([name, list]) => ({
      name,
      list: [...list].sort((a, b) => when(b).localeCompare(when(a))),
    }))
    .sort((a, b) => b.list.length - a.list.length || a.name.localeCompare(b.name));
  return html`<ul class="source-groups">
    ${ordered.map(({ name, list }) => {
      const [latest, ...earlier] = list;
      if (!latest) return '';
      return html`<li class="source-group">
        <h3>
          ${name}
          <span class="muted"
            >· ${list.length} statement${list.length === 1 ? '' : 's'}, latest
            ${STANCE_WORDS[latest.stance]}</span
          >
        </h3>
        <ol class="statements">
          ${statementItem(latest, incident, events.get(latest.eventId))}
        </ol>
        ${
          earlier.length > 0
            ? html`<details class="earlier">
                <summary>
                  ${earlier.length} earlier statement${earlier.length === 1 ? '' : 's'} by ${name}
                </summary>
                <ol class="statements">
                  ${earlier.map((e) => statementItem(e, incident, events.get(e.eventId)))}
                </ol>
              </details>`
            : ''
        }
      </li>`;
    })}
  </ul>`;
}

const STANCE_WORDS: Record<ClaimStatement['stance'], string> = {
  assert: 'asserting',
  deny: 'denying',
  confirm: 'confirming',
  noncommittal: 'noncommittal',
  retract: 'retracting',
};

/**
 * The store's reason for a status change, with a link to the article that holds its evidence.
 * Stores written before reasons were told in words hold "KOR assert in article 1234", which is
 * put in words here ("South Korea asserts, in dw.com").
 */
function historyReason(
  because: string,
  changedIn: string,
  incident: Incident,
  articles: ReadonlyMap<string, ArticleRef>,
): SafeHtml | string {
  const m = /^([A-Z]{3,4}|\S+) (assert|deny|confirm|noncommittal|retract) in article (\S+)$/.exec(
    because,
  );
  if (!m) return becauseInWords(because, articles.get(changedIn));
  const [, code = '', stance = '', articleId = ''] = m;
  const statement = incident.statements.find(
    (s) => s.articleId === articleId && s.stance === stance && s.source?.code === code,
  );
  const who = statement ? sourceName(statement) : actorLabel({ code, name: code });
  const verb = STANCE_LABELS[stance as ClaimStatement['stance']];
  const ref = articles.get(articleId);
  return html`${who}
  ${verb}${ref ? html`, in ${articleLink(ref.url, outletName(ref.outlet, ref.url))}` : ''}`;
}

/** "Confirmed on 2025-03-12: " before the words, as stores written before 2026-12-06 hold them. */
const STATUS_AND_DATE = new RegExp(`^(?:${Object.values(STATUS_LABELS).join('|')})(?: on \\S+)?: `);

/**
 * A reason already in words, followed by the article it comes from. The line shows the status
 * and date before it, so words that open with them again (older stores) lose that opening.
 */
function becauseInWords(because: string, ref: ArticleRef | undefined): SafeHtml {
  const words = because.replace(STATUS_AND_DATE, '');
  return html`${words}${ref ? html` (${articleLink(ref.url, outletName(ref.outlet, ref.url))})` : ''}`;
}

/** "2 sources assert, 1 denies, 1 confirms": where each source last stood. */
export function stanceTally(incident: Incident): string {
  const latest = new Map<string, ClaimStatement>();
  const when = (s: ClaimStatement) => s.saidOn ?? s.published?.slice(0, 10) ?? '';
  for (const s of incident.statements) {
    const held = latest.get(sourceName(s));
    if (!held || when(s) >= when(held)) latest.set(sourceName(s), s);
  }
  if (latest.size === 0) return 'No source is named yet.';
  const counts = new Map<ClaimStatement['stance'], number>();
  for (const s of latest.values()) counts.set(s.stance, (counts.get(s.stance) ?? 0) + 1);
  const order: ClaimStatement['stance'][] = [
    'confirm',
    'assert',
    'deny',
    'noncommittal',
    'retract',
  ];
  const parts = order
    .filter((st) => counts.has(st))
    .map((st) => {
      const n = counts.get(st) ?? 0;
      const verb = (n === 1 ? SINGULAR_STANCE : PLURAL_STANCE)[st];
      return `${n} ${n === 1 ? 'source' : 'sources'} ${verb}`;
    });
  return `Where sources last stood: ${parts.join(', ')}.`;
}

const SINGULAR_STANCE: Record<ClaimStatement['stance'], string> = {
  assert: 'asserts',
  deny: 'denies',
  confirm: 'confirms',
  noncommittal: 'is noncommittal',
  retract: 'retracts',
};

const PLURAL_STANCE: Record<ClaimStatement['stance'], string> = {
  assert: 'assert',
  deny: 'deny',
  confirm: 'confirm',
  noncommittal: 'are noncommittal',
  retract: 'retract',
};

export function renderClaim(data: {
  incident: Incident;
  crisis: Crisis | null;
  events: ReadonlyMap<string, Event>;
  crisisIncidents: readonly Incident[];
  liveSeq: number;
  articles?: ReadonlyMap<string, ArticleRef>;
}): string {
  const { incident, crisis } = data;
  const articles = data.articles ?? articleRefsOf(incident);
  const crumbs = [{ label: 'Home', href: '/' }, { label: 'World' }, { label: 'Live' }];
  if (crisis) crumbs.push({ label: crisisTitle(crisis.name), href: crisisHref(crisis.id) });
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
        <h1>${describeIncident(incident)}</h1>
        <p class="stance-tally">${stanceTally(incident)}</p>
        <p class="status">
          ${statusBadge(incident.status)}
          <span class="muted"
            >${actorNames(incident.actors) || 'Unknown actor'} →
            ${actorNames(incident.recipients) || 'no recipient'} · reported in
            ${incident.articleIds.length} article${incident.articleIds.length === 1 ? '' : 's'} ·
            <a href="${claimHref(incident.id)}/feed.atom">Atom feed</a></span
          >
        </p>
        <p class="coded muted">Coded as <code>${incident.summary}</code></p>
      </header>
      <div class="columns">
        <div class="main-col">
          <section aria-labelledby="history-h">
            <h2 id="history-h">Status history</h2>
            ${
              incident.history.length > 0
                ? html`<ol class="history">
                    ${incident.history.map((h) => html`<li>${statusBadge(h.status)} <time datetime="${h.on ?? ''}">${formatDate(h.on)}</time> <span>${historyReason(h.because, h.articleId, incident, articles)}</span></li>`)}
                  </ol>`
                : html`<p class="empty">No status change recorded.</p>`
            }
          </section>
          <section aria-labelledby="statements-h">
            <h2 id="statements-h">Who says what</h2>
            ${
              incident.statements.length > 0
                ? statementsBySource(incident, data.events)
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
                      const ref = articles.get(e.articleId);
                      return html`<li>
                        <blockquote>
                          <p>
                            ${sentence ? markEvidence(sentence, [e.trigger.span, ...e.actors.map((a) => a.span)]) : e.summary}
                          </p>
                        </blockquote>
                        <p class="cite">
                          ${ref ? html`${articleLink(ref.url, outletName(ref.outlet, ref.url))}${ref.published ? html` · <time datetime="${ref.published}">${formatDate(ref.published)}</time>` : ''} · ` : ''}<a
                            href="/api/events/${encodeURIComponent(e.id)}"
                            >coded event</a
                          >
                          <span class="muted">(rule ${e.ruleId})</span>
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
    title: describeIncident(incident),
    body,
    feeds: [
      {
        title: `Claim: ${describeIncident(incident)}`,
        href: `${claimHref(incident.id)}/feed.atom`,
      },
    ],
    liveSeq: data.liveSeq,
  });
}

/** The snippet with the words the search matched marked; everything escaped. */
function markedSnippet(parts: readonly SnippetPart[]): SafeHtml[] {
  return parts.map((p) => (p.mark ? html`<mark>${p.text}</mark>` : html`${p.text}`));
}

export function renderSearch(data: { q: string; hits: readonly SearchResult[] }): string {
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
              ${h.incidentId ? html`<a href="${claimHref(h.incidentId)}">${h.title}</a>` : html`<a href="/api/articles/${encodeURIComponent(h.articleId)}">${h.title}</a>`}
            </h2>
            <p>${markedSnippet(h.parts)}</p>
            <p class="muted">
              ${h.outlet} · ${h.kind === 'evidence' ? 'Evidence sentence' : 'Article'} ·
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
