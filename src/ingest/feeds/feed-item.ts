/** One entry of a feed or sitemap: what to fetch and how to recognise it again. */
export interface FeedItem {
  /** Stable identity: the feed's GUID/id when it has one, else the link. */
  key: string;
  url: string | null;
  title: string | null;
  /** Publication date as the source gives it (ISO when the source does). */
  published: string | null;
}
