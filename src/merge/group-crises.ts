import { createHash } from 'node:crypto';
import type { Crisis } from '../model/index.js';
import type { IncidentRow } from './incident-rows.js';

/**
 * Storylines (crises) group incidents through the pairs of parties that the news reports
 * together. A pair is an incident's (or event's) two main party codes, sorted ("PRK-RUS"), or
 * one code ("RUS"), or "none". Two pairs are one story when articles keep reporting them side
 * by side; a story's incidents split into storylines at gaps of more than CRISIS_GAP_DAYS.
 * Everything here is a function of the stored set, never of arrival order (decision 005).
 */

/** Incidents of one story further apart than this start a new storyline. */
export const CRISIS_GAP_DAYS = 120;
/** A story link needs at least this many articles reporting both pairs... */
export const LINK_MIN_ARTICLES = 2;
/** ...and at least this share of the smaller pair's articles (so one roundup bridges nothing). */
export const LINK_MIN_SHARE = 0.25;
/** A pair with no story link joins a story when other pairs are reported beside it in this share of its articles. */
export const SIDE_MIN_SHARE = 0.5;

/** The pair for incidents and events with no party. */
export const NO_PARTY = 'none';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A pair's party codes ("PRK-RUS" -> PRK, RUS). */
export function partiesOf(pair: string): string[] {
  return pair === NO_PARTY ? [] : pair.split('-');
}

/** How often a pair is reported beside another: the other pair, both counts in articles. */
export interface PairNeighbour {
  pair: string;
  /** Articles that report both pairs. */
  shared: number;
  /** Articles that report the other pair. */
  articles: number;
}

/** What the story graph knows of one pair: its article count and its neighbours. */
export interface PairLinks {
  articles: number;
  /** For a lone party ("VEN"): the largest pair of that party ("GUY-VEN"), reported beside it or not. */
  mainPair?: string | null;
  /** Its articles that report at least one other pair. */
  beside: number;
  neighbours: readonly PairNeighbour[];
}

/**
 * A story link: two pairs of two parties share a party, and are reported together in at least
 * LINK_MIN_ARTICLES articles and LINK_MIN_SHARE of the smaller pair's articles.
 *
 * @example
 * isStoryLink('PRK-RUS', 'PRK-UKR', 5, 40, 12) // true
 */
export function isStoryLink(
  a: string,
  b: string,
  shared: number,
  articlesA: number,
  articlesB: number,
): boolean {
  const partiesB = new Set(partiesOf(b));
  // A lone party links to no pair: it joins one story only, by its side link (sideTargetOf).
  if (partiesOf(a).length < 2 || partiesB.size < 2) return false;
  if (!partiesOf(a).some((c) => partiesB.has(c))) return false;
  return shared >= LINK_MIN_ARTICLES && shared >= LINK_MIN_SHARE * Math.min(articlesA, articlesB);
}

/**
 * The pair a side pair joins. A lone party joins that party's largest pair (story links or not).
 * Otherwise, a pair with no story link whose articles mostly report other pairs
 * too (SIDE_MIN_SHARE of them) joins its strongest neighbour: most shared, then larger, then
 * not one of its own parties alone, then by name. That neighbour must be reported beside it in
 * LINK_MIN_SHARE of its articles and be at least as large (equal size: smaller name), so side links
 * form trees and never bridge two stories.
 *
 * @example
 * sideTargetOf('BRA-VEN', { articles: 1, beside: 1, neighbours: [{ pair: 'GUY-VEN', shared: 1, articles: 9 }] }) // 'GUY-VEN'
 */
export function sideTargetOf(pair: string, links: PairLinks): string | null {
  // A lone party's acts ("Venezuela rejected ...", "the UN praised ...") go with that party's
  // main pair, where most of the news about it is, even when it is also reported beside others.
  if (links.mainPair && links.articles > 0) return links.mainPair;
  if (links.neighbours.some((n) => isStoryLink(pair, n.pair, n.shared, links.articles, n.articles)))
    return null;
  if (links.beside < SIDE_MIN_SHARE * links.articles) return null;
  const larger = links.neighbours.filter(
    (n) =>
      n.shared >= LINK_MIN_SHARE * links.articles &&
      (n.articles > links.articles || (n.articles === links.articles && n.pair < pair)),
  );
  // on a tie, another party before one of the pair's own parties alone, whose acts may have
  // this very pair as their main pair (a cycle that joins nothing to the story it is told in)
  const own = new Set(partiesOf(pair));
  larger.sort(
    (x, y) =>
      y.shared - x.shared ||
      y.articles - x.articles ||
      Number(own.has(x.pair)) - Number(own.has(y.pair)) ||
      (x.pair < y.pair ? -1 : 1),
  );
  return larger[0]?.pair ?? null;
}

/**
 * The stories (connected pairs) that contain `starts`, walking story links and side links.
 * `linksOf` reads a pair's links (called at most once per pair). Each story comes sorted, and the
 * stories in order of their first pair.
 *
 * @example
 * storiesOf(['PRK-RUS'], readLinks) // [['PRK', 'PRK-RUS', 'PRK-UKR']]
 */
export function storiesOf(
  starts: readonly string[],
  linksOf: (pair: string) => PairLinks,
): string[][] {
  const memo = new Map<string, PairLinks>();
  const read = (p: string): PairLinks => {
    let l = memo.get(p);
    if (!l) {
      l = linksOf(p);
      memo.set(p, l);
    }
    return l;
  };
  const side = new Map<string, string | null>();
  const sideOf = (p: string): string | null => {
    if (!side.has(p)) side.set(p, sideTargetOf(p, read(p)));
    return side.get(p) ?? null;
  };
  const seen = new Set<string>();
  const stories: string[][] = [];
  for (const start of [...new Set(starts)].sort()) {
    if (start === NO_PARTY || seen.has(start)) continue;
    const story: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const p = queue.pop()!;
      story.push(p);
      const links = read(p);
      // A lone party of p may have p as its main pair without ever being reported beside it.
      const lone = partiesOf(p).length > 1 ? partiesOf(p).filter((x) => !seen.has(x)) : [];
      for (const x of lone)
        if (sideOf(x) === p) {
          seen.add(x);
          queue.push(x);
        }
      // A lone party's main pair may never be reported beside it: follow its side link there.
      const target = partiesOf(p).length === 1 ? sideOf(p) : null;
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
      for (const n of links.neighbours) {
        if (n.pair === NO_PARTY || seen.has(n.pair)) continue;
        // n can side-join p only if p is not smaller and holds a share of n's articles.
        const canJoinP = n.articles <= links.articles && n.shared >= LINK_MIN_SHARE * n.articles;
        const joined =
          isStoryLink(p, n.pair, n.shared, links.articles, n.articles) ||
          sideOf(p) === n.pair ||
          (canJoinP && sideOf(n.pair) === p);
        if (!joined) continue;
        seen.add(n.pair);
        queue.push(n.pair);
      }
    }
    stories.push(story.sort());
  }
  return stories.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/**
 * The pair an incident is grouped by: its own pair when one of its events has it, else the pair
 * most of its events have (`eventPairs`: how many events have each pair); an incident with no party takes the pair reported in most of its
 * articles, or none (it stays outside every storyline). Ties go by name, so the answer depends on
 * the incident alone.
 *
 * @example
 * anchorOf('none', new Map(), new Map([['IND-PAK', 2], ['PAK', 1]])) // 'IND-PAK'
 */
export function anchorOf(
  pair: string,
  eventPairs: ReadonlyMap<string, number>,
  articlePairCounts: ReadonlyMap<string, number>,
): string | null {
  if (pair !== NO_PARTY) {
    if ((eventPairs.get(pair) ?? 0) > 0) return pair;
    return anchorOf(NO_PARTY, new Map(), eventPairs) ?? pair;
  }
  let best: [string, number] | null = null;
  for (const [p, n] of articlePairCounts) {
    if (p === NO_PARTY) continue;
    if (!best || n > best[1] || (n === best[1] && p < best[0])) best = [p, n];
  }
  return best?.[0] ?? null;
}

/** A place names a storyline when at least this share of its reports are of incidents there. */
export const PLACE_MIN_SHARE = 0.2;

/** What naming needs of an incident: light enough to read from columns, not the JSON body. */
export interface CrisisMember {
  id: string;
  /** The incident's date, or the day it was first reported. */
  day: string | null;
  parties: { code: string; name: string }[];
  /** A place finer than a country, or null. */
  place: string | null;
  /** How many reports (events) the incident has: what the news is most about weighs most. */
  reports: number;
}

/** The grouping input of an incident's row, with how many reports it has. */
export function crisisMemberOf(i: IncidentRow, reports: number): CrisisMember {
  return {
    id: i.id,
    day: i.when?.date ?? i.firstReported?.slice(0, 10) ?? null,
    parties: [...i.actors, ...i.recipients].map((r) => ({ code: r.code, name: r.name })),
    place: i.place && i.place.precision !== 'country' ? i.place.name : null,
    reports,
  };
}

function gapDays(a: string, b: string): number {
  return (
    (Date.parse(b.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.padEnd(10, '-01').slice(0, 10))) /
    864e5
  );
}

/** Storyline id from its earliest incident: the same members, the same id. */
export function crisisIdFor(firstIncidentId: string): string {
  return (
    'cri-' + createHash('sha256').update(`story|${firstIncidentId}`).digest('hex').slice(0, 12)
  );
}

/**
 * Splits incidents, as (id, day), into runs without a gap of more than CRISIS_GAP_DAYS, in
 * (day, id) order; undated ones join the largest run (the later one on a tie).
 *
 * @example
 * segmentByGap([{ id: 'a', day: '2025-01-01' }, { id: 'b', day: '2025-09-01' }]).length // 2
 */
export function segmentByGap<T extends { id: string; day: string | null }>(
  rows: readonly T[],
): T[][] {
  const byId = (a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const dated = rows
    .filter((r) => r.day !== null)
    .sort((a, b) => a.day!.localeCompare(b.day!) || byId(a, b));
  const undated = rows.filter((r) => r.day === null).sort(byId);
  const segments: T[][] = [];
  let last: string | null = null;
  for (const row of dated) {
    const current = segments[segments.length - 1];
    if (!current || (last !== null && gapDays(last, row.day!) > CRISIS_GAP_DAYS))
      segments.push([row]);
    else current.push(row);
    last = row.day;
  }
  if (undated.length > 0) {
    const largest = segments.reduce<T[] | null>(
      (best, seg) => (!best || seg.length >= best.length ? seg : best),
      null,
    );
    if (largest) largest.push(...undated);
    else segments.push(undated);
  }
  return segments;
}

/**
 * One storyline from its members (in (day, id) order), named from its two main parties (the
 * codes in most incidents) and its most reported place, or the month where the weight of its
 * reports lies (one stray early date does not rename it).
 *
 * @example
 * nameCrisis(members).name // 'North Korea – Russia: Kursk'
 */
export function nameCrisis(seg: readonly CrisisMember[]): Crisis {
  const names = new Map<string, Map<string, number>>();
  const count = new Map<string, number>();
  const places = new Map<string, number>();
  let reports = 0;
  for (const inc of seg) {
    const w = Math.max(1, inc.reports);
    reports += w;
    for (const r of new Map(inc.parties.map((p) => [p.code, p])).values()) {
      const seen = names.get(r.code) ?? new Map<string, number>();
      seen.set(r.name, (seen.get(r.name) ?? 0) + w);
      names.set(r.code, seen);
      count.set(r.code, (count.get(r.code) ?? 0) + w);
    }
    if (inc.place) places.set(inc.place, (places.get(inc.place) ?? 0) + w);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const parties = ranked
    .slice(0, 2)
    .map(([c]) => commonName(c, names.get(c)))
    .sort();
  const [place, atPlace] = [...places].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0] ?? [undefined, 0];
  const dates = seg
    .map((m) => m.day)
    .filter((d): d is string => d !== null)
    .sort();
  const first = dates[0] ?? null;
  const central = weightedMedianDay(seg);
  const month =
    central && central.length >= 7
      ? `${MONTHS[Number(central.slice(5, 7)) - 1]} ${central.slice(0, 4)}`
      : central;
  const head = parties.join(' – ') || 'Unattributed';
  return {
    id: crisisIdFor(seg[0]?.id ?? ''),
    name:
      place && atPlace >= PLACE_MIN_SHARE * reports
        ? `${head}: ${place}`
        : month
          ? `${head}, ${month}`
          : head,
    actors: ranked.map(([c]) => c),
    places: [...places.keys()].sort(),
    incidentIds: seg.map((i) => i.id),
    firstDate: first,
    lastDate: dates[dates.length - 1] ?? null,
  };
}

/**
 * The day at the middle of a storyline's reports: members in date order, each weighing its
 * reports, the first day by which half the weight is reached.
 */
function weightedMedianDay(seg: readonly CrisisMember[]): string | null {
  const dated = seg
    .filter((m): m is CrisisMember & { day: string } => m.day !== null)
    .sort((a, b) => a.day.localeCompare(b.day));
  const total = dated.reduce((n, m) => n + Math.max(1, m.reports), 0);
  let seen = 0;
  for (const m of dated) {
    seen += Math.max(1, m.reports);
    if (seen * 2 >= total) return m.day;
  }
  return null;
}

/** The name most members give a party ("Venezuela" over "Venezuela president"), never its bare code when another exists. */
function commonName(code: string, seen: ReadonlyMap<string, number> | undefined): string {
  const ranked = [...(seen ?? [])]
    .filter(([n]) => n !== code || (seen?.size ?? 0) === 1)
    .sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? code;
}
