export { parseFeedItems } from './parse-feed.js';
export { parseSitemap, isSitemap, type Sitemap } from './parse-sitemap.js';
export { readSourceItems, type SourceKind, type SourceContent } from './read-source-items.js';
export { decodeText } from './decode-text.js';
export { SourceFormatError } from './source-error.js';
export type { FeedItem } from './feed-item.js';
