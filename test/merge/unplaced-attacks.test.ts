import { describe, expect, it } from 'vitest';
import type { Analysis, Event, EventType, Place } from '../../src/model/index.js';
import { mayReportPlacedAttack } from '../../src/merge/unplaced-attacks.js';
import { articleGroups, buildAnalysis, shuffled, town } from './fixtures.js';

// Invented story: the Sylvanian (SYL) coast guard seizes Freedonian (FRD) supply boats on one day.
// One report says where (at Lakeside), others tell the day's seizure without a place.

interface Act {
  type?: EventType;
  mode?: string | null;
  /** A second act the same sentence tells (a ramming beside the seizure). */
  also?: { type: EventType; mode: string | null };
}

interface Seizure extends Act {
  slug: string;
  published?: string;
  date?: string;
  actors?: string[];
  recipients?: string[];
  place?: Place | null;
  boats?: number;
  unit?: string;
}

/** One report, in our own words, of Sylvania seizing Freedonian boats (or what `s` changes). */
function report(s: Seizure): Analysis {
  const acts: Act[] = [
    { ...(s.type ? { type: s.type } : {}), ...(s.mode !== undefined ? { mode: s.mode } : {}) },
    ...(s.also ? [s.also] : []),
  ];
  const analysis = buildAnalysis({
    slug: s.slug,
    published: s.published ?? '2025-06-03',
    url: `https://example.org/boats/${s.slug}`,
    site: 'example.org',
    sentences: [`Report ${s.slug}: Freedonia says Sylvanian cutters took its supply boats.`],
    events: acts.map((a) => ({
      type: a.type ?? 'COERCE',
      actors: s.actors ?? ['SYL'],
      recipients: s.recipients ?? ['FRD'],
      date: s.date ?? '2025-06-02',
      said: [{ by: 'FRD', stance: 'assert' as const }],
    })),
  });
  const figure =
    s.boats !== undefined
      ? {
          value: s.boats,
          unit: s.unit ?? 'boats',
          qualifier: 'exact' as const,
          text: String(s.boats),
        }
      : null;
  const events = analysis.events.map((e, n): Event => ({
    ...e,
    mode: acts[n]!.mode === undefined ? 'seize' : acts[n]!.mode!,
    place: s.place ?? null,
    quantity: figure,
    ...(figure ? { figures: [figure] } : {}),
  }));
  return { ...analysis, events };
}

const eventOf = (s: Seizure): Event => report(s).events[0]!;

const LAKESIDE = town('Lakeside', 'FRD');
const PLACED: Seizure = { slug: 'placed', place: LAKESIDE };

describe('which placed attack of its day an unplaced report may stand for', () => {
  const cases: [string, Seizure, Seizure, boolean][] = [
    ['same doers, targets, mode and day', { slug: 'u' }, PLACED, true],
    ['the same kind of figure', { slug: 'u', boats: 2 }, { ...PLACED, boats: 3 }, true],
    ['a ramming coded ASSAULT with the same mode', { slug: 'u', type: 'ASSAULT' }, PLACED, true],
    ['a place named only as the country', { slug: 'u', place: country('FRD') }, PLACED, true],
    ['negative: another target', { slug: 'u', recipients: ['OST'] }, PLACED, false],
    ['negative: another doer', { slug: 'u', actors: ['OST'] }, PLACED, false],
    [
      'negative: sides reversed',
      { slug: 'u', actors: ['FRD'], recipients: ['SYL'] },
      PLACED,
      false,
    ],
    ['negative: no doer named', { slug: 'u', actors: [] }, PLACED, false],
    ['negative: another day', { slug: 'u', date: '2025-06-01' }, PLACED, false],
    [
      'negative: a month, not a day (the undated rule decides)',
      { slug: 'u', date: '2025-06' },
      PLACED,
      false,
    ],
    ['negative: another mode', { slug: 'u', mode: 'restrict' }, PLACED, false],
    ['negative: no mode against a seizure', { slug: 'u', mode: null }, PLACED, false],
    [
      'negative: another kind of figure (people wounded, not boats)',
      { slug: 'u', boats: 1, unit: 'wounded' },
      { ...PLACED, boats: 2 },
      false,
    ],
    ['negative: another country', { slug: 'u', place: country('OST') }, PLACED, false],
    [
      'negative: both name a place (the equality rule decides)',
      { slug: 'u', place: LAKESIDE },
      PLACED,
      false,
    ],
    ['negative: neither names a place', { slug: 'u' }, { slug: 'other' }, false],
  ];
  it.each(cases)('%s', (_why, unplaced, placed, expected) => {
    expect(mayReportPlacedAttack(eventOf(unplaced), eventOf(placed))).toBe(expected);
  });
});

describe('unplaced reports of one attack join the one placed attack of their day', () => {
  it('two unplaced reports and one placed report are one incident, in any order', async () => {
    const reports = [
      report(PLACED),
      report({ slug: 'u1', published: '2025-06-04' }),
      // a ramming told beside the seizure: it comes with the seizure it is reported with
      report({ slug: 'u2', also: { type: 'ASSAULT', mode: null } }),
    ];
    const expected = [['placed', 'u1', 'u2']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups(shuffled(reports, 7))).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
  });

  it('negative: with two placed seizures that day the unplaced report stays apart, in any order', async () => {
    const reports = [
      report(PLACED),
      report({ slug: 'hilltop', place: town('Hilltop', 'FRD', 11, 11) }),
      report({ slug: 'u1' }),
    ];
    const expected = [['hilltop'], ['placed'], ['u1']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups([...reports].reverse())).toEqual(expected);
    // the second seizure arrives after the unplaced report had joined the first: it leaves again
    expect(await articleGroups([reports[0]!, reports[2]!, reports[1]!])).toEqual(expected);
  });

  it('negative: a seizure of another target stays apart', async () => {
    const got = await articleGroups([report(PLACED), report({ slug: 'u1', recipients: ['OST'] })]);
    expect(got).toEqual([['placed'], ['u1']]);
  });

  it('negative: a seizure told for another day stays apart', async () => {
    const reports = [report(PLACED), report({ slug: 'u1', date: '2025-06-01' })];
    expect(await articleGroups(reports)).toEqual([['placed'], ['u1']]);
    expect(await articleGroups([...reports].reverse())).toEqual([['placed'], ['u1']]);
  });
});

/** A place told only as a country. */
function country(code: string): Place {
  return { name: code, country: code, lat: null, lon: null, precision: 'country', text: code };
}
