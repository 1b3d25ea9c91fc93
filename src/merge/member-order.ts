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

/** `localeCompare` without its per-call set-up: the same order (the default locale's collation). */
const collate = new Intl.Collator().compare;

/** Member order (date said, article, event): the order of an incident's events. */
export function compareMemberKeys(a: MemberKey, b: MemberKey): number {
  return collate(a[0], b[0]) || collate(a[1], b[1]);
}

/**
 * Statements in statement order: when said, then the event, then where in the article (a stable
 * sort: ties keep their order). Each statement's say key is built once, not per comparison.
 */
export function sortStatements(statements: readonly ClaimStatement[]): ClaimStatement[] {
  return statements
    .map((s) => ({ s, key: sayKey(s.saidOn, s.published, s.articleId) }))
    .sort(
      (a, b) =>
        collate(a.key, b.key) ||
        collate(a.s.eventId, b.s.eventId) ||
        a.s.evidence.span.start - b.s.evidence.span.start,
    )
    .map((x) => x.s);
}

/** Figure order: when said, then the article, then the event (ties keep their order). */
export function compareFigures(a: Figure, b: Figure): number {
  return (
    collate(a.saidOn ?? '9999', b.saidOn ?? '9999') ||
    collate(a.articleId, b.articleId) ||
    collate(a.eventId, b.eventId)
  );
}

/** The pair of main parties that names a storyline, sorted: the crisis key. */
export function dyadOf(incident: Pick<Incident, 'actors' | 'recipients'>): string {
  const codes = [...incident.actors, ...incident.recipients].map((r) => r.code);
  return [...new Set(codes)].slice(0, 2).sort().join('-') || 'none';
}
