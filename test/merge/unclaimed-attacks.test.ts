import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimAttributions } from '../../src/merge/claim-attributions.js';
import { townInRegion } from '../../src/merge/unclaimed-attacks.js';
import { mayReportDatedAttack } from '../../src/merge/undated-attacks.js';
import type { Analysis, Event, Place, Stance } from '../../src/model/index.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import { articleGroups, buildAnalysis, shuffled, town } from './fixtures.js';

// Invented story: gunmen no one names attack tourists in Lakeside, a town of Freedonia (FRD) in
// its Green Hills region. One report dates the attack; background paragraphs retell it undated.
// Sylvania (SYL) is a neighbour; Osterlich (OST) a third state.

const region = (name: string, country: string, lat: number, lon: number): Place => ({
  name,
  country,
  lat,
  lon,
  precision: 'region',
  text: name,
});
const GREEN_HILLS = region('Green Hills', 'FRD', 30, 70);
const LAKESIDE = town('Lakeside', 'FRD', 30.2, 70.3); // ~35 km from the region's point
const FARPORT = town('Farport', 'FRD', 34, 75); // ~650 km away: another part of the country

interface Attack {
  slug: string;
  published?: string | null;
  date?: string;
  actors?: string[];
  place?: Place | null;
  said?: { by: string | null; stance: Stance }[];
}

/** One report, in our own words, of the gunmen's attack (or what `a` changes). */
function report(a: Attack): Analysis {
  const analysis = buildAnalysis({
    slug: a.slug,
    published: a.published ?? '2030-04-23',
    url: `https://example.org/attack/${a.slug}`,
    site: 'example.org',
    sentences: [`Report ${a.slug}: gunmen opened fire on tourists in Freedonia.`],
    events: [
      {
        type: 'ASSAULT',
        actors: a.actors ?? [],
        recipients: ['FRD'],
        ...(a.date ? { date: a.date } : {}),
        said: a.said ?? [{ by: null, stance: 'assert' }],
      },
    ],
  });
  const events = analysis.events.map((e): Event => ({
    ...e,
    mode: 'firearms',
    place: a.place === undefined ? GREEN_HILLS : a.place,
    ruleId: 'trigger/verb/open-fire',
  }));
  return { ...analysis, published: a.published === undefined ? '2030-04-23' : a.published, events };
}

const eventOf = (a: Attack): Event => report(a).events[0]!;
const DATED: Attack = { slug: 'dated', date: '2030-04-22' };

describe('a town and the region around it are one place', () => {
  it.each<[string, Place, Place, boolean]>([
    ['a town within reach of the region', LAKESIDE, GREEN_HILLS, true],
    ['either order', GREEN_HILLS, LAKESIDE, true],
    ['negative: a town far from the region', FARPORT, GREEN_HILLS, false],
    ['negative: a town of another state', town('Lakeside', 'SYL', 30.2, 70.3), GREEN_HILLS, false],
    ['negative: two towns', LAKESIDE, town('Hilltop', 'FRD', 30.1, 70.1), false],
  ])('%s', (_why, a, b, expected) => {
    expect(townInRegion(a, b)).toBe(expected);
  });
});

describe('which dated attack an undated report of an unclaimed attack may stand for', () => {
  it.each<[string, Attack, Attack, boolean]>([
    ['no doer named in either, the same state struck', { slug: 'u', place: LAKESIDE }, DATED, true],
    ['the same region', { slug: 'u' }, DATED, true],
    ['negative: a town far from the dated attack', { slug: 'u', place: FARPORT }, DATED, false],
    ['negative: the undated report names no place', { slug: 'u', place: null }, DATED, false],
    [
      'negative: the dated attack names its doer',
      { slug: 'u', place: LAKESIDE },
      { ...DATED, actors: ['SYL'] },
      false,
    ],
    [
      'negative: the undated report names a doer',
      { slug: 'u', place: LAKESIDE, actors: ['SYL'] },
      DATED,
      false,
    ],
  ])('%s', (_why, undated, dated, expected) => {
    expect(mayReportDatedAttack(eventOf(undated), eventOf(dated), null)).toBe(expected);
  });
});

describe('undated retellings of an unclaimed attack join its dated report', () => {
  it('joins in any order', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'u1', published: null, place: LAKESIDE }),
      report({ slug: 'u2', published: null }),
    ];
    const expected = [['dated', 'u1', 'u2']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups(shuffled(reports, 3))).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
  });

  it('negative: with two dated attacks in the region the undated report stays apart', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'later', published: '2030-05-02', date: '2030-05-01' }),
      report({ slug: 'u1', published: null, place: LAKESIDE }),
    ];
    const expected = [['dated'], ['later'], ['u1']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
  });

  it('negative: an attack in a far town stays apart', async () => {
    const got = await articleGroups([
      report(DATED),
      report({ slug: 'far', published: null, place: FARPORT }),
    ]);
    expect(got).toEqual([['dated'], ['far']]);
  });
});

describe('the struck state confirms an attack no one is named for', () => {
  const stances = (a: Attack): string[] =>
    claimAttributions(eventOf(a)).map((s) => `${s.source?.code ?? '-'}:${s.stance}`);

  it.each<[string, Attack, string[]]>([
    [
      'the struck state speaking of it confirms it',
      { slug: 'x', said: [{ by: 'FRD', stance: 'assert' }] },
      ['FRD:confirm'],
    ],
    [
      'a third state only asserts',
      { slug: 'x', said: [{ by: 'OST', stance: 'assert' }] },
      ['OST:assert'],
    ],
    [
      'negative: with a doer named, the struck state accuses (an assertion)',
      { slug: 'x', actors: ['SYL'], said: [{ by: 'FRD', stance: 'assert' }] },
      ['FRD:assert'],
    ],
  ])('%s', (_why, a, expected) => {
    expect(stances(a)).toEqual(expected);
  });

  it("the dated incident is confirmed by the struck state's word in an undated retelling", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-unclaimed-'));
    const repo = await openSqliteRepository(join(dir, 'store.db'));
    await repo.ingest(report(DATED));
    await repo.ingest(
      report({
        slug: 'police',
        published: null,
        place: LAKESIDE,
        said: [{ by: 'FRD', stance: 'assert' }],
      }),
    );
    const page = await repo.listIncidents({ limit: 10 });
    await repo.close();
    expect(page.items.map((i) => [i.articleIds.length, i.status])).toEqual([[2, 'confirmed']]);
  });
});
