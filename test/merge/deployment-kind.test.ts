import { describe, expect, it } from 'vitest';
import type { Analysis, Event, Quantity } from '../../src/model/index.js';
import { deploymentKind, sameDeploymentKind } from '../../src/merge/deployment-kind.js';
import { articleGroups, oneLineArticle, shuffled } from './fixtures.js';

// Invented story: Freedonia (FRD) sends troops to Sylvania (SYL), supplies it with arms, and
// later sends sappers. Codes of the fixtures are used as they are: PRK sends to RUS.

const count = (value: number, unit: string): Quantity => ({
  value,
  unit,
  qualifier: 'exact',
  text: `${value} ${unit}`,
});

interface Sent {
  slug: string;
  mode: string | null;
  figure?: Quantity;
  date?: string;
}

/** One report of something sent from PRK to RUS, dated 2025-03-01 unless told. */
function report(s: Sent): Analysis {
  const a = oneLineArticle(
    'kind',
    s.slug,
    '2025-03-03',
    [
      {
        type: 'AID',
        actors: ['PRK'],
        recipients: ['RUS'],
        date: s.date ?? '2025-03-01',
        said: [{ by: 'KOR', stance: 'assert' }],
      },
    ],
    'Officials in Seoul said Pyongyang had sent help to Moscow',
  );
  return {
    ...a,
    events: a.events.map((e): Event => ({
      ...e,
      mode: s.mode,
      quantity: s.figure ?? null,
      figures: s.figure ? [s.figure] : [],
    })),
  };
}
const event = (s: Sent): Event => report(s).events[0]!;

describe('what a deployment or supply moved', () => {
  const cases: [string, Sent, string | null][] = [
    ['troops by mode', { slug: 'a', mode: 'troops' }, 'troops'],
    [
      'troops by a count of soldiers',
      { slug: 'a', mode: null, figure: count(900, 'troops') },
      'troops',
    ],
    [
      'specialists by their count',
      { slug: 'a', mode: 'troops', figure: count(800, 'sappers') },
      'specialists',
    ],
    ['arms by mode', { slug: 'a', mode: 'weapons' }, 'weapons'],
    [
      'arms by a count of containers',
      { slug: 'a', mode: null, figure: count(5000, 'containers') },
      'weapons',
    ],
    ['negative: nothing said', { slug: 'a', mode: null }, null],
  ];
  it.each(cases)('%s', (_why, s, kind) => expect(deploymentKind(event(s))).toBe(kind));

  it('negative: other types are not judged', () => {
    const attack = { ...event({ slug: 'a', mode: 'troops' }), type: 'ASSAULT' as const };
    expect(sameDeploymentKind(attack, event({ slug: 'b', mode: 'weapons' }))).toBe(true);
  });
});

describe('troops, specialists and arms are three events', () => {
  it('a report that says nothing of what was sent chains none of them, in any order', async () => {
    const reports = [
      report({ slug: 'troops-1', mode: 'troops', figure: count(900, 'troops') }),
      report({ slug: 'troops-2', mode: 'troops' }),
      report({ slug: 'sappers', mode: 'troops', figure: count(800, 'sappers') }),
      report({ slug: 'arms', mode: null, figure: count(5000, 'containers') }),
      report({ slug: 'vague', mode: null }),
    ];
    const expected = [['arms'], ['sappers'], ['troops-1', 'troops-2'], ['vague']];
    expect(await articleGroups(reports)).toEqual(expected);
    expect(await articleGroups(shuffled(reports, 11))).toEqual(expected);
  });

  it('negative: two reports of the specialists are one dispatch', async () => {
    const got = await articleGroups([
      report({ slug: 's1', mode: 'troops', figure: count(800, 'sappers') }),
      report({ slug: 's2', mode: 'troops', figure: count(800, 'sappers'), date: '2025-03-02' }),
    ]);
    expect(got).toEqual([['s1', 's2']]);
  });
});
