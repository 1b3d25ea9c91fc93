import type { Repository, SearchHit } from '../store/repository.js';
import { outletName } from './format.js';

/** A piece of a snippet: `mark` for the words the search matched. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** A search hit ready to show: a real title, the outlet, the snippet in marked parts. */
export interface SearchResult extends SearchHit {
  title: string;
  outlet: string;
  parts: SnippetPart[];
}

/**
 * The store's snippet (`[` and `]` around each matched word) as plain and marked parts, so that
 * a page shows the marks as highlighting, not as literal brackets.
 *
 * @example
 * snippetParts('sent [troops] north'); // [{text:'sent ',mark:false},{text:'troops',mark:true},{text:' north',mark:false}]
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const m of snippet.matchAll(/\[([^[\]]*)\]/g)) {
    if (m.index > at) parts.push({ text: snippet.slice(at, m.index), mark: false });
    parts.push({ text: m[1] ?? '', mark: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), mark: false });
  return parts;
}

// What makes two hits the same to a reader: one article, one sentence (events share sentences).
function sameText(hit: SearchHit): string {
  return `${hit.articleId}\u0000${hit.snippet.replace(/[[\]…]/g, '').trim()}`;
}

// A title for an article that has none (plain text): its first words.
function untitled(text: string): string {
  const first = text.split(/\n/)[0]?.trim() ?? '';
  return first.length > 80 ? `${first.slice(0, 79).replace(/\s+\S*$/, '')}…` : first || 'Untitled';
}

/**
 * Full-text search for people: one result per article sentence (an evidence sentence that backs
 * three events, or is also the article's best snippet, shows once), each with the article's title
 * (its first words when it has none) and outlet.
 *
 * @example
 * const results = await searchResults(repo, 'troops border', 20);
 */
export async function searchResults(
  repo: Repository,
  query: string,
  limit: number,
): Promise<SearchResult[]> {
  const seen = new Set<string>();
  const distinct: SearchHit[] = [];
  for (const hit of await repo.search(query, { limit: limit * 3 })) {
    const key = sameText(hit);
    if (seen.has(key) || distinct.length === limit) continue;
    seen.add(key);
    distinct.push(hit);
  }
  const articles = new Map<string, { title: string; outlet: string }>();
  for (const id of new Set(distinct.map((h) => h.articleId))) {
    const stored = await repo.getArticle(id);
    const a = stored?.article;
    articles.set(id, {
      title: a?.title?.trim() || untitled(a?.text ?? ''),
      outlet: outletName(a?.siteName ?? null, a?.canonicalUrl ?? a?.url ?? null),
    });
  }
  return distinct.map((hit) => ({
    ...hit,
    title: articles.get(hit.articleId)?.title ?? hit.title ?? 'Untitled',
    outlet: articles.get(hit.articleId)?.outlet ?? 'Unknown outlet',
    parts: snippetParts(hit.snippet),
  }));
}
