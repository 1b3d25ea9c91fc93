import { describe, expect, it } from 'vitest';
import type { Analysis, Event, Place } from '../../src/model/index.js';
import { mayReportDatedAttack } from '../../src/merge/undated-attacks.js';
import { articleGroups, buildAnalysis, shuffled, town } from './fixtures.js';

// Invented story: Sylvania (SYL) says it shot down Freedonian (FRD) jets. Background paragraphs
// repeat the claim without a date; one report dates it.

interface Shot {
  slug: string;
  /** The article's publication date; null for an undated page. */
  published?: string | null;
  date?: string;
  mode?: string | null;
  actors?: string[];
  recipients?: string[];
  place?: Place;
  jets?: number;
  unit?: string;
  /** Jets the report also counts, after its main figure. */
  alsoJets?: number;
  /** Its date is only its page's (a background mention told in the past). */
  fromPage?: boolean;
}

/** One report, in our own words, of Sylvania downing Freedonian jets (or what `s` changes). */
function report(s: Shot): Analysis {
  const analysis = buildAnalysis({
    slug: s.slug,
    published: s.published ?? '2025-01-01',
    url: `https://example.org/jets/${s.slug}`,
    site: 'example.org',
    sentences: [`Report ${s.slug}: Sylvania says its air force downed Freedonian jets.`],
    events: [
      {
        type: 'ASSAULT',
        actors: s.actors ?? ['SYL'],
        recipients: s.recipients ?? ['FRD'],
        ...(s.date ? { date: s.date } : {}),
        said: [{ by: 'SYL', stance: 'assert' }],
      },
    ],
  });
  const main =
    s.jets !== undefined
      ? {
          value: s.jets,
          unit: s.unit ?? 'aircraft',
          qualifier: 'exact' as const,
          text: String(s.jets),
        }
      : null;
  const also =
    s.alsoJets !== undefined
      ? [
          {
            value: s.alsoJets,
            unit: 'aircraft',
            qualifier: 'exact' as const,
            text: String(s.alsoJets),
          },
        ]
      : [];
  const events = analysis.events.map((e): Event => ({
    ...e,
    mode: s.mode === undefined ? 'aerial' : s.mode,
    place: s.place ?? null,
    quantity: main,
    ...(main ? { figures: [main, ...also] } : {}),
    ...(s.fromPage && e.when ? { when: { ...e.when, fromPage: true as const } } : {}),
  }));
  return { ...analysis, published: s.published ?? null, events };
}

const eventOf = (s: Shot): Event => report(s).events[0]!;

const DATED: Shot = { slug: 'dated', published: '2025-05-08', date: '2025-05-07', jets: 5 };

describe('which dated attack an undated report may stand for', () => {
  const cases: [string, Shot, Shot, string | null, boolean][] = [
    ['same doers, targets and mode, undated page', { slug: 'u' }, DATED, null, true],
    [
      'a town named only by the undated report',
      { slug: 'u', place: town('Lakeside', 'FRD') },
      DATED,
      null,
      true,
    ],
    ['same kind of figure', { slug: 'u', jets: 6 }, DATED, null, true],
    ['inside the window before its page was published', { slug: 'u' }, DATED, '2025-05-09', true],
    [
      'negative: another mode (a shelling is no air battle)',
      { slug: 'u', mode: 'artillery' },
      DATED,
      null,
      false,
    ],
    ['negative: no mode against an air battle', { slug: 'u', mode: null }, DATED, null, false],
    ['negative: another target', { slug: 'u', recipients: ['OST'] }, DATED, null, false],
    [
      'negative: sides reversed',
      { slug: 'u', actors: ['FRD'], recipients: ['SYL'] },
      DATED,
      null,
      false,
    ],
    ['negative: no target named', { slug: 'u', recipients: [] }, DATED, null, false],
    [
      'one figure in common (the dead of the strikes it answered, and the jets)',
      { slug: 'u', jets: 26, unit: 'killed', alsoJets: 5 },
      DATED,
      null,
      true,
    ],
    [
      'negative: another figure (people killed, not jets)',
      { slug: 'u', jets: 26, unit: 'killed' },
      DATED,
      null,
      false,
    ],
    [
      'negative: another town',
      { slug: 'u', place: town('Lakeside', 'FRD') },
      { ...DATED, place: town('Hilltop', 'FRD') },
      null,
      false,
    ],
    [
      'negative: the page was published months later (window)',
      { slug: 'u' },
      DATED,
      '2025-09-01',
      false,
    ],
    [
      'a report dated only by its month may be the day of that month',
      { slug: 'u', date: '2025-05' },
      DATED,
      null,
      true,
    ],
    [
      'negative: a month report of another month',
      { slug: 'u', date: '2025-04' },
      DATED,
      null,
      false,
    ],
    [
      'negative: a day report is no month report (the equality rule decides)',
      DATED,
      { slug: 'u', date: '2025-05' },
      null,
      false,
    ],
    [
      'negative: a background mention dated only by its page is no dated attack',
      { slug: 'u' },
      { ...DATED, fromPage: true },
      null,
      false,
    ],
    [
      'a background mention dated only by its page may be the dated attack of its page’s day',
      { slug: 'u', date: '2025-05-07', published: '2025-05-07', fromPage: true },
      DATED,
      '2025-05-07',
      true,
    ],
    [
      'negative: both dated (the equality rule decides)',
      { slug: 'u', date: '2025-05-07' },
      DATED,
      null,
      false,
    ],
  ];
  it.each(cases)('%s', (_why, undated, dated, published, expected) => {
    expect(mayReportDatedAttack(eventOf(undated), eventOf(dated), published)).toBe(expected);
  });
});

describe('undated reports of one attack join its one dated incident', () => {
  it('three undated pages and one dated report are one incident, in any order', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'u1', published: null }),
      report({ slug: 'u2', published: null, place: town('Lakeside', 'FRD') }),
      report({ slug: 'u3', published: null, jets: 6 }),
    ];
    const expected = [['dated', 'u1', 'u2', 'u3']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups(shuffled(reports, 5))).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
  });

  it('negative: with two dated air battles the undated report stays apart, in any order', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'later', published: '2025-05-11', date: '2025-05-10', jets: 2 }),
      report({ slug: 'u1', published: null }),
    ];
    const expected = [['dated'], ['later'], ['u1']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
    // the second battle arrives after the undated report had joined the first: it leaves again
    expect(await articleGroups([reports[0]!, reports[2]!, reports[1]!])).toEqual(expected);
  });

  it('a report dated only by its month joins the one dated air battle of that month', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'month', published: '2025-05-20', date: '2025-05' }),
    ];
    const expected = [['dated', 'month']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
  });

  it('of two fitting battles, the one told with the very same sides is it, in any order', async () => {
    const reports = [
      report(DATED),
      // Sylvania and its ally Ostland on the next day: it shares Sylvania, but is not Sylvania's own
      report({
        slug: 'allied',
        published: '2025-05-09',
        date: '2025-05-08',
        actors: ['SYL', 'OST'],
      }),
      report({ slug: 'u1', published: null }),
    ];
    const expected = [['allied'], ['dated', 'u1']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
    expect(await articleGroups([reports[0]!, reports[2]!, reports[1]!])).toEqual(expected);
  });

  it('negative: two fitting battles told with the same sides leave a month report apart', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'later', published: '2025-05-11', date: '2025-05-10', jets: 2 }),
      report({ slug: 'month', published: '2025-05-20', date: '2025-05' }),
    ];
    expect(await articleGroups(reports)).toEqual([['dated'], ['later'], ['month']]);
  });

  it('a background mention dated by its page no longer splits undated reports from the dated one', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'u1', published: null, jets: 5 }),
      // months later, told in the past with the same count: no second dated battle
      report({
        slug: 'later',
        published: '2025-09-01',
        date: '2025-09-01',
        fromPage: true,
        jets: 5,
      }),
    ];
    const expected = [['dated', 'later', 'u1']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
  });

  it('negative: the same mention with a date of its own is a second battle', async () => {
    const reports = [
      report(DATED),
      report({ slug: 'u1', published: null, jets: 5 }),
      report({ slug: 'later', published: '2025-09-01', date: '2025-09-01', jets: 5 }),
    ];
    expect(await articleGroups(reports)).toEqual([['dated'], ['later'], ['u1']]);
  });

  it('negative: an undated shelling never joins the dated air battle', async () => {
    const got = await articleGroups([
      report(DATED),
      report({ slug: 'shelling', published: null, mode: 'artillery' }),
    ]);
    expect(got).toEqual([['dated'], ['shelling']]);
  });
});
