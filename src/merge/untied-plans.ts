import type { Event } from '../model/index.js';

type Report = Pick<Event, 'type' | 'mode' | 'modality' | 'when' | 'articleId'>;

/**
 * A plan told with nothing that ties it to one real-world act: an agreement coded as planned,
 * with no mode (no treaty, no ceasefire: "Xia is set to serve alongside", "Xia will send more")
 * and no date of its own (a page date says when it was told, not when it will happen).
 */
export function isUntiedPlan(e: Report): boolean {
  return (
    e.type === 'AGREE' &&
    e.mode === null &&
    e.modality === 'planned' &&
    (e.when === null || e.when.fromPage === true)
  );
}

/**
 * Whether two reports may be one event when one is an untied plan: only within its own article.
 * Across articles such plans gave nothing to tell them apart, so every plan a party was said to
 * have over a year (troops "set to serve" in October, sappers "to be sent" in June) chained into
 * one incident, with the first plan's status and none of the deployments' figures; that chain
 * then matched whichever claim shared the most of its articles.
 *
 * @example
 * mayJoinUntiedPlan(planInArticleA, planInArticleB) // false
 */
export function mayJoinUntiedPlan(a: Report, b: Report): boolean {
  if (!isUntiedPlan(a) && !isUntiedPlan(b)) return true;
  return a.articleId === b.articleId;
}
