import { eventFigures, figureSource } from './figure-source.js';
import { createHash } from 'node:crypto';
import type {
  ActorRef,
  Article,
  Attribution,
  ClaimStatement,
  Event,
  Figure,
  Incident,
} from '../model/index.js';
import { dateRange } from './compatible-events.js';
import { deriveStatus } from './derive-status.js';

/** What merging needs of an event's article. */
export type ArticleMeta = Pick<Article, 'id' | 'url' | 'published' | 'siteName'>;

export interface Member {
  event: Event;
  article: ArticleMeta;
}

/** Deterministic incident id from its smallest member event id: the same members, the same id. */
export function incidentIdFor(eventIds: readonly string[]): string {
  const first = [...eventIds].sort()[0] ?? '';
  return 'inc-' + createHash('sha256').update(first).digest('hex').slice(0, 16);
}

const sayKey = (on: string | null, published: string | null, articleId: string): string =>
  `${on ?? published ?? '9999'}|${published ?? '9999'}|${articleId}`;

/**
 * A side's party must be named by at least this share of the members that name that side: one
 * misparsed report among forty does not make Italy a recipient of a deployment to Russia.
 */
export const MAIN_PARTY_SHARE = 1 / 3;

/**
 * Codes ranked by how many members name them, ties by code: the incident's parties on one side,
 * those named by fewer than MAIN_PARTY_SHARE of the members naming the side left out.
 */
function rankRefs(lists: ActorRef[][]): ActorRef[] {
  const count = new Map<string, { n: number; ref: ActorRef }>();
  let naming = 0;
  for (const refs of lists) {
    if (refs.length > 0) naming++;
    for (const r of new Map(refs.map((x) => [x.code, x])).values()) {
      const c = count.get(r.code);
      if (c) c.n++;
      else count.set(r.code, { n: 1, ref: r });
    }
  }
  return [...count.values()]
    .filter((c) => c.n >= MAIN_PARTY_SHARE * naming)
    .sort((a, b) => b.n - a.n || a.ref.code.localeCompare(b.ref.code))
    .map((c) => c.ref);
}

function countCodes(lists: ActorRef[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const refs of lists)
    for (const code of new Set(refs.map((r) => r.code))) out.set(code, (out.get(code) ?? 0) + 1);
  return out;
}

function mostCommon<T>(items: T[], key: (t: T) => string): T | null {
  const count = new Map<string, { n: number; item: T }>();
  for (const it of items) {
    const k = key(it);
    const c = count.get(k);
    if (c) c.n++;
    else count.set(k, { n: 1, item: it });
  }
  let best: { n: number; item: T; k: string } | null = null;
  for (const [k, c] of count)
    if (!best || c.n > best.n || (c.n === best.n && k < best.k)) best = { ...c, k };
  return best ? best.item : null;
}

/**
 * Whether an attribution names who tells the event: any assertion or confirmation, and a denial
 * or refusal in the event's own sentence ("Sylvania denied that its troops crossed"). A denial
 * in another sentence answers a claim the article has already told ("India calls the attack
 * Sylvania-backed. Sylvania denies the allegation."): it names no one who says it happened.
 */
function tellsTheEvent(a: Attribution, event: Event): boolean {
  if (a.stance !== 'deny' && a.stance !== 'noncommittal') return true;
  return (
    a.evidence.span.start <= event.trigger.span.start &&
    event.trigger.span.end <= a.evidence.span.end
  );
}

/** Articles in which some report of the incident names who tells it. */
function articlesNamingASource(members: readonly Member[]): Set<string> {
  const out = new Set<string>();
  for (const { event, article } of members)
    if (event.attributions.some((a) => tellsTheEvent(a, event))) out.add(article.id);
  return out;
}

/**
 * The outlet's own voice: an article that reports the incident and names no source that tells it
 * (at most a denial answering it from another sentence) asserts it itself (the gold claim timeline's `source: null` assert), said on its publication
 * day, with the report's sentence as evidence.
 */
function outletAssertion(event: Event, article: ArticleMeta): Attribution {
  return {
    sourceKind: 'outlet',
    source: null,
    stance: 'assert',
    saidOn: article.published?.slice(0, 10) ?? null,
    cue: null,
    ruleId: 'merge/outlet-voice',
    evidence: event.evidence[0] ?? event.trigger,
  };
}

/**
 * Recomputes an incident from its members, sorted by (date said, article, event): a pure function
 * of the member set, so the result does not depend on arrival order.
 */
export function deriveIncident(members: readonly Member[]): Incident {
  const sorted = [...members].sort(
    (a, b) =>
      sayKey(a.event.when?.date ?? null, a.article.published, a.article.id).localeCompare(
        sayKey(b.event.when?.date ?? null, b.article.published, b.article.id),
      ) || a.event.id.localeCompare(b.event.id),
  );
  const events = sorted.map((m) => m.event);
  const type = mostCommon(events, (e) => e.type)?.type ?? 'CONSULT';
  // A code named on both sides takes the side most members give it.
  const asActor = countCodes(events.map((e) => e.actors));
  const asRecipient = countCodes(events.map((e) => e.recipients));
  const actors = rankRefs(events.map((e) => e.actors)).filter(
    (a) => (asActor.get(a.code) ?? 0) >= (asRecipient.get(a.code) ?? 0),
  );
  const actorCodes = new Set(actors.map((a) => a.code));
  const recipients = rankRefs(events.map((e) => e.recipients)).filter(
    (r) => !actorCodes.has(r.code),
  );
  const parties = { actors: actorCodes, recipients: new Set(recipients.map((r) => r.code)) };
  const placed = events.filter((e) => e.place);
  const place = mostCommon(placed, (e) => `${e.place?.name}|${e.place?.country}`)?.place ?? null;
  const dated = events
    .filter((e) => e.when)
    .sort((a, b) => (dateRange(a.when)?.lo ?? '').localeCompare(dateRange(b.when)?.lo ?? ''));
  const finest = dated.find((e) => e.when?.precision === 'day') ?? dated[0];
  const statements: ClaimStatement[] = [];
  const figures: Figure[] = [];
  const voiced = articlesNamingASource(sorted);
  const outletSpoke = new Set<string>();
  for (const { event, article } of sorted) {
    const meta = {
      eventId: event.id,
      articleId: article.id,
      outlet: article.siteName,
      articleUrl: article.url,
      published: article.published,
    };
    for (const a of event.attributions) statements.push({ ...a, ...meta });
    if (!voiced.has(article.id) && !outletSpoke.has(article.id)) {
      outletSpoke.add(article.id);
      statements.push({ ...outletAssertion(event, article), ...meta });
    }
    for (const quantity of eventFigures(event)) {
      const voice = figureSource(event, quantity);
      figures.push({
        quantity,
        source: voice?.source ?? null,
        saidOn: voice?.saidOn ?? article.published?.slice(0, 10) ?? event.when?.date ?? null,
        eventId: event.id,
        articleId: article.id,
        evidence: event.evidence[0] ?? event.trigger,
      });
    }
  }
  statements.sort(
    (a, b) =>
      sayKey(a.saidOn, a.published, a.articleId).localeCompare(
        sayKey(b.saidOn, b.published, b.articleId),
      ) ||
      a.eventId.localeCompare(b.eventId) ||
      a.evidence.span.start - b.evidence.span.start,
  );
  figures.sort(
    (a, b) =>
      (a.saidOn ?? '9999').localeCompare(b.saidOn ?? '9999') ||
      a.articleId.localeCompare(b.articleId) ||
      a.eventId.localeCompare(b.eventId),
  );
  const { status, history } = deriveStatus(statements, parties);
  const published = sorted
    .map((m) => m.article.published)
    .filter((p): p is string => p !== null)
    .sort();
  const lead =
    members.length > 0
      ? (sorted.find((m) => m.event.modality === 'asserted') ?? sorted[0])
      : undefined;
  return {
    id: incidentIdFor(events.map((e) => e.id)),
    crisisId: null,
    type,
    mode:
      mostCommon(
        events.filter((e) => e.mode),
        (e) => e.mode ?? '',
      )?.mode ?? null,
    actors,
    recipients,
    place,
    when: finest?.when ?? null,
    modality: lead?.event.modality ?? 'asserted',
    summary: lead?.event.summary ?? '',
    eventIds: events.map((e) => e.id),
    articleIds: [...new Set(sorted.map((m) => m.article.id))],
    status,
    history,
    statements,
    figures,
    firstReported: published[0] ?? null,
    lastReported: published[published.length - 1] ?? null,
  };
}

/** The pair of main parties that names a storyline, sorted: the crisis key. */
export function dyadOf(incident: Pick<Incident, 'actors' | 'recipients'>): string {
  const codes = [...incident.actors, ...incident.recipients].map((r) => r.code);
  return [...new Set(codes)].slice(0, 2).sort().join('-') || 'none';
}
