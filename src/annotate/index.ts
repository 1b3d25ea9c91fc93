import type { Annotated, Article } from '../model/index.js';

/**
 * Finds sentences and mentions (actors, places, times, quantities) in an article.
 *
 * @example
 * const annotated = annotateArticle(extractArticle(raw));
 */
export function annotateArticle(article: Article): Annotated {
  return { ...article, sentences: [], mentions: [] };
}
