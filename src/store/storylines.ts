import type { Event, Incident } from '../model/index.js';
import { insertRows } from './insert-rows.js';
import type { SqlClient } from './sql-client.js';
import { pairsOf } from '../merge/article-pairs.js';
import { dyadOf } from '../merge/derive-incident.js';
import type { CrisisMember, PairLinks } from '../merge/group-crises.js';
import {
  LINK_MIN_SHARE,
  NO_PARTY,
  partiesOf,
  anchorOf,
  crisisIdFor,
  crisisMemberOf,
  nameCrisis,
  segmentByGap,
  storiesOf,
} from '../merge/group-crises.js';

/** An incident as regrouping reads it. */
interface StoryRow {
  id: string;
  /** The day it was first reported (else its date): what storylines are split by. */
  day: string | null;
  date: string | null;
  crisis_id: string | null;
  parties: string | null;
  place_name: string | null;
  reports: number;
}

/** Thrown out of a graph walk that reached a pair whose links are not read yet. */
class NotReadYet extends Error {
  constructor(readonly pair: string) {
    super(`links of ${pair} not read yet`);
  }
}

/** What one regrouping is told: pairs and crises an ingest changed, incidents it rewrote. */
export interface StaleStorylines {
  pairs: ReadonlySet<string>;
  crises: ReadonlySet<string>;
  written: ReadonlySet<string>;
}

/**
 * The storyline graph in the store (SQLite or PostgreSQL): each article's pairs of parties (fixed once stored), counts per
 * pair and per two pairs, and the crises regrouped from them. Only the stories an ingest touched
 * are regrouped, so the cost follows the story, not the store.
 */
export class Storylines {
  constructor(private readonly sql: SqlClient) {}

  /** Counts an article's pairs into the graph. */
  async addArticle(articleId: string, pairs: readonly string[]): Promise<void> {
    await this.count(articleId, pairs, +1);
  }

  /** Takes a retracted article's pairs out of the graph; returns them (they are stale). */
  async removeArticle(articleId: string): Promise<string[]> {
    const pairs = (
      await this.sql.all<{ pair: string }>(
        'SELECT pair FROM article_pairs WHERE article_id = ? ORDER BY pair',
        articleId,
      )
    ).map((r) => r.pair);
    await this.count(articleId, pairs, -1);
    return pairs;
  }

  private async count(articleId: string, pairs: readonly string[], by: 1 | -1): Promise<void> {
    const sorted = [...new Set(pairs)].sort();
    const links: [string, string][] = [];
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) links.push([sorted[i]!, sorted[j]!]);
    if (by > 0)
      await insertRows(
        this.sql,
        'article_pairs (article_id, pair)',
        sorted.map((p) => [articleId, p]),
      );
    await insertRows(
      this.sql,
      'pair_sizes (pair, articles, beside)',
      sorted.map((p) => [p, by, sorted.length > 1 ? by : 0]),
      `ON CONFLICT (pair) DO UPDATE SET articles = pair_sizes.articles + excluded.articles,
         beside = pair_sizes.beside + excluded.beside`,
    );
    await insertRows(
      this.sql,
      'pair_links (a, b, articles)',
      links.map(([a, b]) => [a, b, by]),
      'ON CONFLICT (a, b) DO UPDATE SET articles = pair_links.articles + excluded.articles',
    );
    if (by > 0) return;
    // Only the rows this article counted can have run out.
    for (const p of sorted)
      await this.sql.run('DELETE FROM pair_sizes WHERE pair = ? AND articles <= 0', p);
    for (const [a, b] of links)
      await this.sql.run('DELETE FROM pair_links WHERE a = ? AND b = ? AND articles <= 0', a, b);
    await this.sql.run('DELETE FROM article_pairs WHERE article_id = ?', articleId);
  }

  /**
   * The pair an incident is grouped by (null: outside every storyline), from its parties, how
   * many of its events report each pair (`dyads`), and, for an incident with no party, the pairs
   * of its articles.
   */
  async anchorFor(
    incident: Pick<Incident, 'actors' | 'recipients'>,
    dyads: ReadonlyMap<string, number>,
    articleIds: readonly string[],
  ): Promise<string | null> {
    const counts = new Map<string, number>();
    if (incident.actors.length + incident.recipients.length === 0)
      for (const articleId of new Set(articleIds))
        for (const r of await this.sql.all<{ pair: string }>(
          'SELECT pair FROM article_pairs WHERE article_id = ?',
          articleId,
        ))
          counts.set(r.pair, (counts.get(r.pair) ?? 0) + 1);
    return anchorOf(dyadOf(incident), dyads, counts);
  }

  /**
   * The stories that hold `starts` (`storiesOf`, which walks the graph through a synchronous
   * read): each walk that reaches a pair not read yet stops, the pair and its neighbours are read,
   * and the walk runs again, until it needs nothing more.
   */
  private async storiesFrom(starts: readonly string[]): Promise<string[][]> {
    const read = new Map<string, PairLinks>();
    for (;;) {
      try {
        return storiesOf(starts, (p) => {
          const links = read.get(p);
          if (!links) throw new NotReadYet(p);
          return links;
        });
      } catch (err) {
        if (!(err instanceof NotReadYet)) throw err;
        await this.readLinks(err.pair, read);
      }
    }
  }

  private async readLinks(pair: string, read: Map<string, PairLinks>): Promise<void> {
    const links = await this.linksOf(pair);
    read.set(pair, links);
    for (const n of [...links.neighbours.map((x) => x.pair), links.mainPair])
      if (n && !read.has(n)) read.set(n, await this.linksOf(n));
  }

  /**
   * A pair's counts and the neighbours that can link to it: reported beside it in at least
   * LINK_MIN_SHARE of the smaller one's articles (every story and side link needs that), so a
   * hub's many passing neighbours are never read.
   */
  private async linksOf(pair: string): Promise<PairLinks> {
    const size = await this.sql.get<{ articles: number; beside: number }>(
      'SELECT articles, beside FROM pair_sizes WHERE pair = ?',
      pair,
    );
    const articles = size?.articles ?? 0;
    // CASE, not MIN(a, b): the smaller of two values in both dialects.
    const smaller = 'CASE WHEN s.articles < ? THEN s.articles ELSE ? END';
    const neighbours = await this.sql.all<{ pair: string; shared: number; articles: number }>(
      `SELECT l.b AS pair, l.articles AS shared, s.articles FROM pair_links l
         JOIN pair_sizes s ON s.pair = l.b WHERE l.a = ? AND l.articles >= CAST(? AS REAL) * ${smaller}
       UNION ALL
       SELECT l.a, l.articles, s.articles FROM pair_links l
         JOIN pair_sizes s ON s.pair = l.a WHERE l.b = ? AND l.articles >= CAST(? AS REAL) * ${smaller}`,
      pair,
      LINK_MIN_SHARE,
      articles,
      articles,
      pair,
      LINK_MIN_SHARE,
      articles,
      articles,
    );
    const mainPair =
      partiesOf(pair).length === 1 && articles > 0 ? await this.mainPairOf(pair) : null;
    return { articles, beside: size?.beside ?? 0, neighbours, mainPair };
  }

  /** A party's largest pair with another party (most articles, then by name), or null. */
  private async mainPairOf(party: string): Promise<string | null> {
    const row = await this.sql.get<{ pair: string }>(
      `SELECT pair FROM (
         SELECT pair, articles FROM pair_sizes WHERE first = ?
         UNION ALL SELECT pair, articles FROM pair_sizes WHERE second = ?) AS lone
       ORDER BY articles DESC, pair LIMIT 1`,
      party,
      party,
    );
    return row?.pair ?? null;
  }

  /** Records what an ingest changed, for the next `settle`: cheap, so ingest cost stays flat. */
  async markStale(stale: StaleStorylines): Promise<void> {
    const rows = [
      ...[...stale.pairs].map((p) => ['pair', p]),
      ...[...stale.crises].map((c) => ['crisis', c]),
      ...[...stale.written].map((i) => ['incident', i]),
    ];
    await insertRows(this.sql, 'stale_storylines (kind, key)', rows, 'ON CONFLICT DO NOTHING');
  }

  /** Whether ingests changed anything since the last `settle`. */
  async isStale(): Promise<boolean> {
    return (await this.sql.get('SELECT 1 FROM stale_storylines LIMIT 1')) !== undefined;
  }

  /**
   * Regroups once for everything marked stale since the last call: one pass over each touched
   * story, however many articles touched it. The caller runs it in a write transaction.
   */
  async settle(): Promise<void> {
    const rows = await this.sql.all<{ kind: string; key: string }>(
      'SELECT kind, key FROM stale_storylines',
    );
    if (rows.length === 0) return;
    const of = (kind: string): Set<string> =>
      new Set(rows.filter((r) => r.kind === kind).map((r) => r.key));
    await this.regroup({ pairs: of('pair'), crises: of('crisis'), written: of('incident') });
    await this.sql.run('DELETE FROM stale_storylines');
  }

  /**
   * Regroups every story that holds a stale pair, and every story that held one of their
   * incidents before (a story can split), then rewrites the crises that changed.
   */
  async regroup(stale: StaleStorylines): Promise<void> {
    const starts = new Set([...stale.pairs].filter((p) => p !== NO_PARTY));
    const crises = new Set(stale.crises);
    let stories: string[][] = [];
    for (;;) {
      stories = await this.storiesFrom([...starts]);
      for (const story of stories)
        for (const p of story)
          for (const r of await this.sql.all<{ crisis_id: string }>(
            'SELECT DISTINCT crisis_id FROM incidents WHERE anchor = ? AND crisis_id IS NOT NULL',
            p,
          ))
            crises.add(r.crisis_id);
      const region = new Set(stories.flat());
      const extra = new Set<string>();
      for (const c of crises)
        for (const r of await this.sql.all<{ anchor: string }>(
          'SELECT DISTINCT anchor FROM incidents WHERE crisis_id = ? AND anchor IS NOT NULL',
          c,
        ))
          if (!region.has(r.anchor) && !starts.has(r.anchor)) extra.add(r.anchor);
      if (extra.size === 0) break;
      for (const p of extra) starts.add(p);
    }
    const keep = new Set<string>();
    for (const story of stories) await this.writeStory(story, stale, keep);
    for (const id of crises)
      if (!keep.has(id)) await this.sql.run('DELETE FROM crises WHERE id = ?', id);
  }

  private async writeStory(
    story: readonly string[],
    stale: StaleStorylines,
    keep: Set<string>,
  ): Promise<void> {
    // One read per pair, light columns only (the body is large): what segmenting and naming need.
    const rows: StoryRow[] = [];
    for (const p of story)
      rows.push(
        // A story is split by when the news reported it: recalled old events stay in it.
        ...(await this.sql.all<StoryRow>(
          `SELECT i.id, COALESCE(substr(i.first_reported, 1, 10), i.date) AS day, i.date,
             i.crisis_id, i.parties, i.place_name,
             (SELECT CAST(COUNT(*) AS INTEGER) FROM incident_events e WHERE e.incident_id = i.id) AS reports
           FROM incidents i WHERE i.anchor = ?`,
          p,
        )),
      );
    for (const seg of segmentByGap(rows)) {
      const id = crisisIdFor(seg[0]?.id ?? '');
      keep.add(id);
      const existing = await this.sql.get<{ incident_count: number }>(
        'SELECT incident_count FROM crises WHERE id = ?',
        id,
      );
      const unchanged =
        existing?.incident_count === seg.length &&
        !stale.crises.has(id) &&
        seg.every((r) => r.crisis_id === id && !stale.written.has(r.id));
      if (unchanged) continue;
      const members: CrisisMember[] = [];
      for (const r of seg) members.push(await this.crisisMember(r));
      const crisis = nameCrisis(members);
      await this.sql.run(
        `INSERT INTO crises (id, dyad, name, first_date, last_date, body, incident_count)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET dyad = excluded.dyad, name = excluded.name,
           first_date = excluded.first_date, last_date = excluded.last_date, body = excluded.body,
           incident_count = excluded.incident_count`,
        crisis.id,
        crisis.actors.slice(0, 2).sort().join('-') || NO_PARTY,
        crisis.name,
        crisis.firstDate,
        crisis.lastDate,
        JSON.stringify(crisis),
        crisis.incidentIds.length,
      );
      for (const r of seg)
        if (r.crisis_id !== id)
          await this.sql.run('UPDATE incidents SET crisis_id = ? WHERE id = ?', id, r.id);
    }
  }

  /** What naming needs of a row; rows written before the light columns read their body once. */
  private async crisisMember(r: StoryRow): Promise<CrisisMember> {
    const day = r.date ?? r.day;
    if (r.parties)
      return {
        id: r.id,
        day,
        parties: JSON.parse(r.parties) as CrisisMember['parties'],
        place: r.place_name,
        reports: r.reports,
      };
    const body = await this.sql.get<{ body: string }>(
      'SELECT body FROM incidents WHERE id = ?',
      r.id,
    );
    return { ...crisisMemberOf(JSON.parse(body?.body ?? '{}') as Incident, r.reports), day };
  }

  /**
   * Builds the graph and every storyline from the stored events: for stores made before
   * storylines, once, on open.
   */
  async rebuild(
    eventsOf: (articleId: string) => Promise<Event[]>,
    incident: (id: string) => Promise<Incident>,
  ): Promise<void> {
    await this.sql.run('DELETE FROM article_pairs');
    await this.sql.run('DELETE FROM pair_sizes');
    await this.sql.run('DELETE FROM pair_links');
    const articles = await this.sql.all<{ id: string }>('SELECT id FROM articles ORDER BY id');
    for (const { id } of articles) await this.addArticle(id, pairsOf(await eventsOf(id)));
    const ids = await this.sql.all<{ id: string }>('SELECT id FROM incidents ORDER BY id');
    const anchors = new Set<string>();
    for (const { id } of ids) {
      const events = (
        await this.sql.all<{ body: string }>('SELECT body FROM events WHERE incident_id = ?', id)
      ).map((r) => JSON.parse(r.body) as Event);
      const dyads = new Map<string, number>();
      for (const e of events) dyads.set(dyadOf(e), (dyads.get(dyadOf(e)) ?? 0) + 1);
      const whole = await incident(id);
      const anchor = await this.anchorFor(whole, dyads, whole.articleIds);
      await this.sql.run(
        'UPDATE incidents SET anchor = ?, crisis_id = NULL WHERE id = ?',
        anchor,
        id,
      );
      if (anchor) anchors.add(anchor);
    }
    const old = (await this.sql.all<{ id: string }>('SELECT id FROM crises')).map((r) => r.id);
    await this.regroup({
      pairs: anchors,
      crises: new Set(old),
      written: new Set(ids.map((r) => r.id)),
    });
    await this.sql.run('DELETE FROM stale_storylines');
  }
}
