import type { Statement } from 'better-sqlite3';
import type { Event, Incident } from '../model/index.js';
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

/** Prepared statements by text, shared with the repository that owns the connection. */
type Query = (sql: string) => Statement;

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

/** What one regrouping is told: pairs and crises an ingest changed, incidents it rewrote. */
export interface StaleStorylines {
  pairs: ReadonlySet<string>;
  crises: ReadonlySet<string>;
  written: ReadonlySet<string>;
}

/**
 * The storyline graph in SQLite: each article's pairs of parties (fixed once stored), counts per
 * pair and per two pairs, and the crises regrouped from them. Only the stories an ingest touched
 * are regrouped, so the cost follows the story, not the store.
 */
export class SqliteStorylines {
  constructor(private readonly q: Query) {}

  /** Counts an article's pairs into the graph. */
  addArticle(articleId: string, pairs: readonly string[]): void {
    this.count(articleId, pairs, +1);
  }

  /** Takes a retracted article's pairs out of the graph; returns them (they are stale). */
  removeArticle(articleId: string): string[] {
    const pairs = (
      this.q('SELECT pair FROM article_pairs WHERE article_id = ? ORDER BY pair').all(
        articleId,
      ) as {
        pair: string;
      }[]
    ).map((r) => r.pair);
    this.count(articleId, pairs, -1);
    return pairs;
  }

  private count(articleId: string, pairs: readonly string[], by: 1 | -1): void {
    const sorted = [...new Set(pairs)].sort();
    for (const p of sorted) {
      if (by > 0)
        this.q('INSERT INTO article_pairs (article_id, pair) VALUES (?, ?)').run(articleId, p);
      this.q(
        `INSERT INTO pair_sizes (pair, articles, beside) VALUES (?, ?, ?)
         ON CONFLICT (pair) DO UPDATE SET articles = articles + excluded.articles,
           beside = beside + excluded.beside`,
      ).run(p, by, sorted.length > 1 ? by : 0);
      // Only the rows this article counted can have run out.
      if (by < 0) this.q('DELETE FROM pair_sizes WHERE pair = ? AND articles <= 0').run(p);
    }
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        this.q(
          `INSERT INTO pair_links (a, b, articles) VALUES (?, ?, ?)
           ON CONFLICT (a, b) DO UPDATE SET articles = articles + excluded.articles`,
        ).run(sorted[i], sorted[j], by);
        if (by < 0)
          this.q('DELETE FROM pair_links WHERE a = ? AND b = ? AND articles <= 0').run(
            sorted[i],
            sorted[j],
          );
      }
    if (by < 0) this.q('DELETE FROM article_pairs WHERE article_id = ?').run(articleId);
  }

  /** The pair an incident is grouped by (null: outside every storyline). */
  anchorFor(incident: Incident, events: readonly Event[]): string | null {
    const counts = new Map<string, number>();
    if (incident.actors.length + incident.recipients.length === 0)
      for (const articleId of new Set(incident.articleIds))
        for (const r of this.q('SELECT pair FROM article_pairs WHERE article_id = ?').all(
          articleId,
        ) as { pair: string }[])
          counts.set(r.pair, (counts.get(r.pair) ?? 0) + 1);
    return anchorOf(
      dyadOf(incident),
      events.map((e) => dyadOf(e)),
      counts,
    );
  }

  /**
   * A pair's counts and the neighbours that can link to it: reported beside it in at least
   * LINK_MIN_SHARE of the smaller one's articles (every story and side link needs that), so a
   * hub's many passing neighbours are never read.
   */
  private linksOf(pair: string): PairLinks {
    const size = this.q('SELECT articles, beside FROM pair_sizes WHERE pair = ?').get(pair) as
      { articles: number; beside: number } | undefined;
    const articles = size?.articles ?? 0;
    const neighbours = this.q(
      `SELECT l.b AS pair, l.articles AS shared, s.articles FROM pair_links l
         JOIN pair_sizes s ON s.pair = l.b WHERE l.a = ? AND l.articles >= ? * MIN(s.articles, ?)
       UNION ALL
       SELECT l.a, l.articles, s.articles FROM pair_links l
         JOIN pair_sizes s ON s.pair = l.a WHERE l.b = ? AND l.articles >= ? * MIN(s.articles, ?)`,
    ).all(pair, LINK_MIN_SHARE, articles, pair, LINK_MIN_SHARE, articles) as {
      pair: string;
      shared: number;
      articles: number;
    }[];
    const mainPair = partiesOf(pair).length === 1 && articles > 0 ? this.mainPairOf(pair) : null;
    return { articles, beside: size?.beside ?? 0, neighbours, mainPair };
  }

  /** A party's largest pair with another party (most articles, then by name), or null. */
  private mainPairOf(party: string): string | null {
    const row = this.q(
      `SELECT pair FROM (
         SELECT pair, articles FROM pair_sizes WHERE first = ?
         UNION ALL SELECT pair, articles FROM pair_sizes WHERE second = ?)
       ORDER BY articles DESC, pair LIMIT 1`,
    ).get(party, party) as { pair: string } | undefined;
    return row?.pair ?? null;
  }

  /** Records what an ingest changed, for the next `settle`: cheap, so ingest cost stays flat. */
  markStale(stale: StaleStorylines): void {
    const mark = this.q('INSERT OR IGNORE INTO stale_storylines (kind, key) VALUES (?, ?)');
    for (const p of stale.pairs) mark.run('pair', p);
    for (const c of stale.crises) mark.run('crisis', c);
    for (const i of stale.written) mark.run('incident', i);
  }

  /** Whether ingests changed anything since the last `settle`. */
  isStale(): boolean {
    return this.q('SELECT 1 FROM stale_storylines LIMIT 1').get() !== undefined;
  }

  /**
   * Regroups once for everything marked stale since the last call: one pass over each touched
   * story, however many articles touched it. The caller runs it in a write transaction.
   */
  settle(): void {
    const rows = this.q('SELECT kind, key FROM stale_storylines').all() as {
      kind: string;
      key: string;
    }[];
    if (rows.length === 0) return;
    const of = (kind: string): Set<string> =>
      new Set(rows.filter((r) => r.kind === kind).map((r) => r.key));
    this.regroup({ pairs: of('pair'), crises: of('crisis'), written: of('incident') });
    this.q('DELETE FROM stale_storylines').run();
  }

  /**
   * Regroups every story that holds a stale pair, and every story that held one of their
   * incidents before (a story can split), then rewrites the crises that changed.
   */
  regroup(stale: StaleStorylines): void {
    const starts = new Set([...stale.pairs].filter((p) => p !== NO_PARTY));
    const crises = new Set(stale.crises);
    let stories: string[][] = [];
    for (;;) {
      stories = storiesOf([...starts], (p) => this.linksOf(p));
      for (const story of stories)
        for (const p of story)
          for (const r of this.q(
            'SELECT DISTINCT crisis_id FROM incidents WHERE anchor = ? AND crisis_id IS NOT NULL',
          ).all(p) as { crisis_id: string }[])
            crises.add(r.crisis_id);
      const region = new Set(stories.flat());
      const extra = new Set<string>();
      for (const c of crises)
        for (const r of this.q(
          'SELECT DISTINCT anchor FROM incidents WHERE crisis_id = ? AND anchor IS NOT NULL',
        ).all(c) as { anchor: string }[])
          if (!region.has(r.anchor) && !starts.has(r.anchor)) extra.add(r.anchor);
      if (extra.size === 0) break;
      for (const p of extra) starts.add(p);
    }
    const keep = new Set<string>();
    for (const story of stories) this.writeStory(story, stale, keep);
    for (const id of crises) if (!keep.has(id)) this.q('DELETE FROM crises WHERE id = ?').run(id);
  }

  private writeStory(story: readonly string[], stale: StaleStorylines, keep: Set<string>): void {
    // One read per pair, light columns only (the body is large): what segmenting and naming need.
    const rows = story.flatMap(
      (p) =>
        // A story is split by when the news reported it: recalled old events stay in it.
        this.q(
          `SELECT i.id, COALESCE(substr(i.first_reported, 1, 10), i.date) AS day, i.date,
             i.crisis_id, i.parties, i.place_name,
             (SELECT COUNT(*) FROM incident_events e WHERE e.incident_id = i.id) AS reports
           FROM incidents i WHERE i.anchor = ?`,
        ).all(p) as StoryRow[],
    );
    const setCrisis = this.q('UPDATE incidents SET crisis_id = ? WHERE id = ?');
    for (const seg of segmentByGap(rows)) {
      const id = crisisIdFor(seg[0]?.id ?? '');
      keep.add(id);
      const existing = this.q('SELECT incident_count FROM crises WHERE id = ?').get(id) as
        { incident_count: number } | undefined;
      const unchanged =
        existing?.incident_count === seg.length &&
        !stale.crises.has(id) &&
        seg.every((r) => r.crisis_id === id && !stale.written.has(r.id));
      if (unchanged) continue;
      const crisis = nameCrisis(seg.map((r) => this.crisisMember(r)));
      this.q(
        `INSERT OR REPLACE INTO crises (id, dyad, name, first_date, last_date, body, incident_count)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        crisis.id,
        crisis.actors.slice(0, 2).sort().join('-') || NO_PARTY,
        crisis.name,
        crisis.firstDate,
        crisis.lastDate,
        JSON.stringify(crisis),
        crisis.incidentIds.length,
      );
      for (const r of seg) if (r.crisis_id !== id) setCrisis.run(id, r.id);
    }
  }

  /** What naming needs of a row; rows written before the light columns read their body once. */
  private crisisMember(r: StoryRow): CrisisMember {
    const day = r.date ?? r.day;
    if (r.parties)
      return {
        id: r.id,
        day,
        parties: JSON.parse(r.parties) as CrisisMember['parties'],
        place: r.place_name,
        reports: r.reports,
      };
    const body = this.q('SELECT body FROM incidents WHERE id = ?').get(r.id) as
      { body: string } | undefined;
    return { ...crisisMemberOf(JSON.parse(body?.body ?? '{}') as Incident), day };
  }

  /**
   * Builds the graph and every storyline from the stored events: for stores made before
   * storylines, once, on open.
   */
  rebuild(eventsOf: (articleId: string) => Event[], incident: (id: string) => Incident): void {
    this.q('DELETE FROM article_pairs').run();
    this.q('DELETE FROM pair_sizes').run();
    this.q('DELETE FROM pair_links').run();
    const articles = this.q('SELECT id FROM articles ORDER BY id').all() as { id: string }[];
    for (const { id } of articles) this.addArticle(id, pairsOf(eventsOf(id)));
    const setAnchor = this.q('UPDATE incidents SET anchor = ?, crisis_id = NULL WHERE id = ?');
    const ids = this.q('SELECT id FROM incidents ORDER BY id').all() as { id: string }[];
    const anchors = new Set<string>();
    for (const { id } of ids) {
      const inc = incident(id);
      const events = (
        this.q('SELECT body FROM events WHERE incident_id = ?').all(id) as { body: string }[]
      ).map((r) => JSON.parse(r.body) as Event);
      const anchor = this.anchorFor(inc, events);
      setAnchor.run(anchor, id);
      if (anchor) anchors.add(anchor);
    }
    const old = (this.q('SELECT id FROM crises').all() as { id: string }[]).map((r) => r.id);
    this.regroup({ pairs: anchors, crises: new Set(old), written: new Set(ids.map((r) => r.id)) });
    this.q('DELETE FROM stale_storylines').run();
  }
}
