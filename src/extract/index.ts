import type { Article, RawDocument } from '../model/index.js';
import { extractArticle as extract } from './extract-article.js';

/**
 * Turns a raw document (HTML or plain text, any charset, gzip or not) into a clean Article.
 *
 * @example
 * const article = extractArticle({ source: 'seed.txt', body: text, published: '2024-11-06' });
 */
export function extractArticle(raw: RawDocument): Article {
  return extract(raw);
}
