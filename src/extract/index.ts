import type { Article, RawDocument } from '../model/index.js';
import { extractArticleWith, type ExtractOptions } from './extract-article.js';

export { ExtractError, type ExtractErrorKind } from './extract-error.js';
export { DEFAULT_MAX_BYTES, type ExtractOptions } from './extract-article.js';

/**
 * Turns a raw document (HTML or plain text, any charset, gzip or not) into a clean Article.
 * Throws ExtractError for an empty, binary or oversized document.
 *
 * @example
 * const article = extractArticle({ source: 'seed.txt', body: text, published: '2024-11-06' });
 */
export function extractArticle(raw: RawDocument, options?: ExtractOptions): Article {
  return extractArticleWith(raw, options);
}
