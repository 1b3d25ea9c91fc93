import type { Annotated, Event } from '../model/index.js';

/**
 * Codes the PLOVER events of an annotated article, with their attributions.
 *
 * @example
 * const events = codeEvents(annotateArticle(extractArticle(raw)));
 */
export function codeEvents(_annotated: Annotated): Event[] {
  return [];
}
