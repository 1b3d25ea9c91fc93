import type { Incident } from '../model/index.js';
import type { Repository } from '../store/repository.js';

/** What an export says of an article an incident rests on. */
export interface CitedArticle {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** Article id → what is cited of it; missing entries fall back to what the statements carry. */
export type CitedArticles = ReadonlyMap<string, CitedArticle>;

const ARTICLE_PAGE = 500;

/**
 * Reads the stored articles the incidents rest on (url, title, outlet, date), one pass over the
 * article list; an export needs titles that the incidents themselves do not carry.
 *
 * @example
 * const articles = await loadCitedArticles(repo, page.items);
 */
export async function loadCitedArticles(
  repo: Pick<Repository, 'listArticles'>,
  incidents: readonly Incident[],
): Promise<CitedArticles> {
  const wanted = new Set(incidents.flatMap((i) => i.articleIds));
  const found = new Map<string, CitedArticle>();
  for (let offset = 0; found.size < wanted.size; offset += ARTICLE_PAGE) {
    const page = await repo.listArticles({ limit: ARTICLE_PAGE, offset });
    for (const a of page.items)
      if (wanted.has(a.id))
        found.set(a.id, {
          id: a.id,
          url: a.canonicalUrl ?? a.url,
          title: a.title,
          outlet: a.siteName,
          published: a.published,
        });
    if (page.items.length < ARTICLE_PAGE) break;
  }
  return found;
}

/** The articles of one incident in its own order, from `articles` or else from its statements. */
export function articlesOf(
  incident: Incident,
  articles: CitedArticles = new Map(),
): CitedArticle[] {
  return incident.articleIds.map((id) => {
    const stored = articles.get(id);
    if (stored) return stored;
    const s = incident.statements.find((st) => st.articleId === id);
    return {
      id,
      url: s?.articleUrl ?? null,
      title: null,
      outlet: s?.outlet ?? null,
      published: s?.published ?? null,
    };
  });
}

/** The web addresses of an incident's articles (those that have one), without repeats. */
export function articleUrlsOf(incident: Incident, articles?: CitedArticles): string[] {
  const urls = articlesOf(incident, articles).map((a) => a.url);
  return [...new Set(urls.filter((u): u is string => u !== null && /^https?:/i.test(u)))];
}
