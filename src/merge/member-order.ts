import type { Article, ClaimStatement, Event, Figure, Incident } from '../model/index.js';

/** What merging needs of an event's article. */
export type ArticleMeta = Pick<Article, 'id' | 'url' | 'published' | 'siteName'>;

/** One report of an incident: an event and its article. */
export interface Member {
  event: Event;
  article: ArticleMeta;
}

/** When something was said, then where: the first order of members and statements. */
export const sayKey = (on: string | null, published: string | null, articleId: string): string =>
  `${on ?? published ?? '9999'}|${published ?? '9999'}|${articleId}`;

/** A member's place in its incident: its say key and its event id. */
export type MemberKey = [sayKey: string, eventId: string];

export const memberKeyOf = ({ event, article }: Member): MemberKey => [
  sayKey(event.when?.date ?? null, article.published, article.id),
  event.id,
];

/** Member order (date said, article, event): the order of an incident's events. */
export function compareMemberKeys(a: MemberKey, b: MemberKey): number {
  return a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]);
}

/** Statement order: when said, then the event, then where in the article (ties keep their order). */
export function compareStatements(a: ClaimStatement, b: ClaimStatement): number {
  return (
    sayKey(a.saidOn, a.published, a.articleId).localeCompare(
      sayKey(b.saidOn, b.published, b.articleId),
    ) ||
    a.eventId.localeCompare(b.eventId) ||
    a.evidence.span.start - b.evidence.span.start
  );
}

/** Figure order: when said, then the article, then the event (ties keep their order). */
export function compareFigures(a: Figure, b: Figure): number {
  return (
    (a.saidOn ?? '9999').localeCompare(b.saidOn ?? '9999') ||
    a.articleId.localeCompare(b.articleId) ||
    a.eventId.localeCompare(b.eventId)
  );
}

/** The pair of main parties that names a storyline, sorted: the crisis key. */
export function dyadOf(incident: Pick<Incident, 'actors' | 'recipients'>): string {
  const codes = [...incident.actors, ...incident.recipients].map((r) => r.code);
  return [...new Set(codes)].slice(0, 2).sort().join('-') || 'none';
}
