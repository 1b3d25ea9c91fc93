import type {
  ClaimStatement,
  ClaimStatus,
  Event,
  Evidence,
  Figure,
  Incident,
} from '../../model/index.js';
import { ClaimStatus as ClaimStatusSchema, EventType } from '../../model/index.js';
import {
  STANCE_LABELS,
  STATUS_LABELS,
  formatDate,
  formatQuantity,
  incidentDate,
  actorLabel,
  clip,
  markEvidence,
  outletName,
  sourceName,
  stanceText,
} from '../format.js';
import type { SafeHtml } from '../html.js';
import { html, safeHref } from '../html.js';
import { describeIncident } from './plain-sentence.js';

export interface Crumb {
  label: string;
  href?: string;
}

export function breadcrumbs(crumbs: readonly Crumb[]): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      ${crumbs.map((c, i) =>
        i === crumbs.length - 1
          ? html`<li><span aria-current="page">${c.label}</span></li>`
          : c.href
            ? html`<li><a href="${c.href}">${c.label}</a></li>`
            : html`<li><span>${c.label}</span></li>`,
      )}
    </ol>
  </nav>`;
}

export function statusBadge(status: ClaimStatus): SafeHtml {
  return html`<span class="badge badge-${status}">${STATUS_LABELS[status]}</span>`;
}

export function typeLabel(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

/** A link out to an article, only for http(s) addresses; otherwise the outlet name as text. */
export function articleLink(url: string | null, label: string): SafeHtml {
  const href = safeHref(url);
  return href
    ? html`<a href="${href}" rel="noopener noreferrer nofollow" class="out">${label}</a>`
    : html`<span>${label}</span>`;
}

/** One statement: who says what, the sentence with its evidence marked, the outlet and link. */
export function statementItem(
  s: ClaimStatement,
  incident: Incident,
  event?: Event | null,
): SafeHtml {
  const figureSpans = incident.figures
    .filter((f) => f.eventId === s.eventId)
    .map((f) => f.quantity.span);
  const sentence =
    event?.evidence.find(
      (e) => e.span.start <= s.evidence.span.start && e.span.end >= s.evidence.span.end,
    ) ?? s.evidence;
  const marks = [s.evidence.span, s.source?.span, event?.trigger.span, ...figureSpans];
  // When the statement evidence is the whole sentence, marking it would mark everything.
  if (sentence.span.start === s.evidence.span.start && sentence.span.end === s.evidence.span.end)
    marks.shift();
  const outlet = outletName(s.outlet, s.articleUrl);
  return html`<li class="statement statement-${s.stance}">
    <p class="who">
      <strong>${sourceName(s)}</strong>
      <span class="stance stance-${s.stance}">${STANCE_LABELS[s.stance]}</span
      >${s.saidOn ? html` · <time datetime="${s.saidOn}">${formatDate(s.saidOn)}</time>` : ''}
    </p>
    <blockquote cite="${safeHref(s.articleUrl) ?? ''}">
      <p>${markEvidence(sentence, marks, [s.cue, s.source?.text])}</p>
    </blockquote>
    <p class="cite">
      ${articleLink(s.articleUrl, outlet)}${s.published ? html` · <time datetime="${s.published}">${formatDate(s.published)}</time>` : ''}
    </p>
  </li>`;
}

/** The newest figure of each source and unit, newest first: the timeline's short list. */
export function latestFigures(incident: Incident): Figure[] {
  const bySource = new Map<string, Figure>();
  for (const f of incident.figures) {
    const key = `${f.source?.name ?? ''}|${f.quantity.unit}`;
    const held = bySource.get(key);
    if (!held || (f.saidOn ?? '') >= (held.saidOn ?? '')) bySource.set(key, f);
  }
  return [...bySource.values()].sort((a, b) => (b.saidOn ?? '').localeCompare(a.saidOn ?? ''));
}

const TIMELINE_FIGURES = 4;

function figuresList(incident: Incident): SafeHtml | '' {
  if (incident.figures.length === 0) return '';
  const shown = latestFigures(incident).slice(0, TIMELINE_FIGURES);
  const more = incident.figures.length - shown.length;
  return html`<ul class="figures" aria-label="Figures, latest per source">
    ${shown.map(
      (f) =>
        html`<li>
          <strong>${formatQuantity(f.quantity)}</strong>
          <span class="muted"
            >${f.source ? actorLabel(f.source) : 'unattributed'}${f.saidOn ? `, ${formatDate(f.saidOn)}` : ''}</span
          >
        </li>`,
    )}
    ${more > 0 ? html`<li class="more"><a href="/claim/${encodeURIComponent(incident.id)}#figures-h">${more} more figure${more === 1 ? '' : 's'}</a></li>` : ''}
  </ul>`;
}

function sourcesLine(incident: Incident): SafeHtml {
  const latest = new Map<string, ClaimStatement>();
  for (const s of incident.statements) latest.set(sourceName(s), s);
  const outlets = new Set(incident.statements.map((s) => outletName(s.outlet, s.articleUrl)));
  return html`<p class="sources">
    <span class="label">Sources:</span> ${[...latest.values()].map(
      (s, i) =>
        html`${i > 0 ? ', ' : ''}<span class="stance stance-${s.stance}">${stanceText(s)}</span>`,
    )}${latest.size === 0 ? 'none named' : ''}
    <span class="muted"
      >· ${incident.articleIds.length}
      article${incident.articleIds.length === 1 ? '' : 's'}${outlets.size > 0 ? `, ${[...outlets].join(', ')}` : ''}</span
    >
  </p>`;
}

/** One incident on a timeline: the live client replaces it by its id. `reported`: the sentence
 * that reports it, shown as its evidence when no source is named. */
export function incidentItem(incident: Incident, reported?: Evidence | null): SafeHtml {
  const date = incidentDate(incident);
  const id = `incident-${incident.id}`;
  const actors = [...incident.actors, ...incident.recipients].map((a) => a.code);
  return html`<li
    class="incident status-${incident.status}"
    id="${id}"
    data-incident="${incident.id}"
    data-crisis="${incident.crisisId ?? ''}"
    data-date="${date ?? ''}"
    data-type="${incident.type}"
    data-status="${incident.status}"
    data-actors="${[...new Set(actors)].join(' ')}"
  >
    <article aria-labelledby="${id}-title">
      <p class="meta">
        <time datetime="${date ?? ''}">${formatDate(date)}</time> ·
        <span class="type">${typeLabel(incident.type)}</span
        >${incident.place ? html` · <span class="place">${incident.place.name}</span>` : ''}
      </p>
      <h3 id="${id}-title">
        <a href="/claim/${encodeURIComponent(incident.id)}">${describeIncident(incident)}</a>
      </h3>
      <p class="status">${statusBadge(incident.status)}</p>
      ${figuresList(incident)} ${sourcesLine(incident)}
      ${
        incident.statements.length > 0
          ? html`<details class="evidence">
              <summary>
                Evidence: ${incident.statements.length}
                statement${incident.statements.length === 1 ? '' : 's'}
              </summary>
              <ol>
                ${incident.statements.map((s) => statementItem(s, incident))}
              </ol>
              <p>
                <a href="/claim/${encodeURIComponent(incident.id)}"
                  >Full claim: history, figures and map</a
                >
              </p>
            </details>`
          : reported
            ? html`<details class="evidence">
                <summary>Evidence: the reporting sentence</summary>
                <blockquote>
                  <p>${clip(reported.text)}</p>
                </blockquote>
                <p>
                  <a href="/claim/${encodeURIComponent(incident.id)}"
                    >Full claim: reports, outlets and map</a
                  >
                </p>
              </details>`
            : ''
      }
    </article>
  </li>`;
}

export interface FilterValues {
  actor?: string | undefined;
  type?: string | undefined;
  status?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  q?: string | undefined;
}

function options(
  values: readonly string[],
  selected: string | undefined,
  label = (v: string) => v,
) {
  return values.map(
    (v) => html`<option value="${v}" ${v === selected ? ' selected' : ''}>${label(v)}</option>`,
  );
}

/** An actor filter choice: the code the store filters on, and what readers see. */
export interface ActorOption {
  code: string;
  label: string;
}

/** A GET form: works without JavaScript, and its values tell the live client what to insert. */
export function filtersForm(
  action: string,
  actors: readonly ActorOption[],
  f: FilterValues,
): SafeHtml {
  return html`<form
    class="filters"
    method="get"
    action="${action}"
    role="search"
    aria-label="Filter incidents"
  >
    <div class="field">
      <label for="f-actor">Actor</label
      ><select id="f-actor" name="actor">
        <option value="">Any actor</option>
        ${actors.map(
          (a) =>
            html`<option value="${a.code}" ${a.code === f.actor ? ' selected' : ''}>
              ${a.label}
            </option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="f-type">Type</label
      ><select id="f-type" name="type">
        <option value="">Any type</option>
        ${options(EventType.options, f.type, typeLabel)}
      </select>
    </div>
    <div class="field">
      <label for="f-status">Status</label
      ><select id="f-status" name="status">
        <option value="">Any status</option>
        ${options(ClaimStatusSchema.options, f.status, (s) => STATUS_LABELS[s as ClaimStatus])}
      </select>
    </div>
    <div class="field">
      <label for="f-since">From</label
      ><input id="f-since" type="date" name="since" value="${f.since ?? ''}" />
    </div>
    <div class="field">
      <label for="f-until">To</label
      ><input id="f-until" type="date" name="until" value="${f.until ?? ''}" />
    </div>
    <div class="field grow">
      <label for="f-q">Words</label
      ><input id="f-q" type="search" name="q" value="${f.q ?? ''}" placeholder="e.g. troops" />
    </div>
    <div class="actions">
      <button type="submit">Apply filters</button> <a href="${action}">Clear</a>
    </div>
  </form>`;
}

/** Previous/next links keeping the other query parameters. */
export function pagination(
  path: string,
  query: Record<string, string | undefined>,
  page: { total: number; limit: number; offset: number },
): SafeHtml | '' {
  if (page.total <= page.limit) return '';
  const link = (offset: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    params.set('offset', String(offset));
    return `${path}?${params.toString()}`;
  };
  const from = page.offset + 1;
  const to = Math.min(page.offset + page.limit, page.total);
  return html`<nav class="pagination" aria-label="Pages">
    <span>${from}–${to} of ${page.total}</span
    >${page.offset > 0 ? html` <a href="${link(Math.max(0, page.offset - page.limit))}" rel="prev">Newer</a>` : ''}${to < page.total ? html` <a href="${link(page.offset + page.limit)}" rel="next">Older</a>` : ''}
  </nav>`;
}
