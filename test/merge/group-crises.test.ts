import { describe, expect, it } from 'vitest';
import type { CrisisMember, PairLinks } from '../../src/merge/group-crises.js';
import {
  anchorOf,
  isStoryLink,
  nameCrisis,
  segmentByGap,
  sideTargetOf,
  storiesOf,
} from '../../src/merge/group-crises.js';

/** A story graph from articles, each the list of pairs it reports. */
function graphOf(articles: string[][]): (pair: string) => PairLinks {
  const size = new Map<string, number>();
  const beside = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const pairs of articles) {
    const set = [...new Set(pairs)].sort();
    for (const p of set) size.set(p, (size.get(p) ?? 0) + 1);
    for (const p of set) beside.set(p, (beside.get(p) ?? 0) + (set.length > 1 ? 1 : 0));
    for (const a of set)
      for (const b of set) if (a !== b) shared.set(`${a}|${b}`, (shared.get(`${a}|${b}`) ?? 0) + 1);
  }
  return (pair) => ({
    articles: size.get(pair) ?? 0,
    beside: beside.get(pair) ?? 0,
    mainPair: pair.includes('-')
      ? null
      : ([...size]
          .filter(([p]) => p.split('-').length === 2 && p.split('-').includes(pair))
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null),
    neighbours: [...shared]
      .filter(([k]) => k.startsWith(`${pair}|`))
      .map(([k, n]) => {
        const other = k.slice(pair.length + 1);
        return { pair: other, shared: n, articles: size.get(other) ?? 0 };
      }),
  });
}

const repeat = (n: number, pairs: string[]): string[][] => Array.from({ length: n }, () => pairs);

describe('story links', () => {
  it.each([
    ['PRK-RUS', 'PRK-UKR', 3, 10, 6, true, 'a shared party, reported together often'],
    ['PRK-RUS', 'RUS', 2, 4, 8, false, 'a lone party links to no pair (it side-joins one)'],
    ['PRK-RUS', 'CHN-PHL', 9, 10, 10, false, 'no party in common'],
    ['PRK-RUS', 'PRK-UKR', 1, 1, 1, false, 'one article is not enough'],
    ['PRK-RUS', 'PRK-USA', 2, 40, 30, false, 'two of thirty articles is background'],
  ])('%s ~ %s (%i shared of %i and %i): %s', (a, b, shared, na, nb, want) => {
    expect(isStoryLink(a, b, shared, na, nb)).toBe(want);
  });
});

describe('side pairs', () => {
  it('joins the larger pair reported beside it in most of its articles', () => {
    const links = graphOf([['BRA-VEN', 'GUY-VEN'], ...repeat(5, ['GUY-VEN'])]);
    expect(sideTargetOf('BRA-VEN', links('BRA-VEN'))).toBe('GUY-VEN');
  });
  it('does not join a smaller pair, nor one reported beside it in under half its articles', () => {
    const links = graphOf([['BRA-VEN', 'GUY-VEN'], ...repeat(3, ['BRA-VEN'])]);
    expect(sideTargetOf('BRA-VEN', links('BRA-VEN'))).toBeNull();
    expect(sideTargetOf('GUY-VEN', links('GUY-VEN'))).toBe('BRA-VEN');
    const rare = graphOf([
      ['BRA-VEN', 'GUY-VEN'],
      ...repeat(2, ['BRA-VEN']),
      ...repeat(9, ['GUY-VEN']),
    ]);
    expect(sideTargetOf('BRA-VEN', rare('BRA-VEN'))).toBeNull();
  });
  it('joins a larger neighbour when other pairs are reported beside it in most of its articles', () => {
    const links = graphOf([
      ['BRA-VEN', 'GUY-VEN'],
      ['BRA-VEN', 'UNO-VEN'],
      ['BRA-VEN', 'USA-VEN'],
      ['BRA-VEN'],
      ...repeat(4, ['GUY-VEN']),
    ]);
    expect(sideTargetOf('BRA-VEN', links('BRA-VEN'))).toBe('GUY-VEN');
  });
  it('counts a roundup once: a one-pair story does not join another through it', () => {
    const links = graphOf([
      ...repeat(3, ['CHN-PHL']),
      ...repeat(4, ['GUY-VEN']),
      ['CHN-PHL', 'GUY-VEN', 'UNO-VEN'],
    ]);
    expect(sideTargetOf('CHN-PHL', links('CHN-PHL'))).toBeNull();
  });
  it('puts a lone party with its largest pair, reported beside it or not', () => {
    const links = graphOf([['VEN', 'USA-VEN'], ['VEN'], ['GUY-VEN'], ['GUY-VEN'], ['USA-VEN']]);
    expect(sideTargetOf('VEN', links('VEN'))).toBe('GUY-VEN');
    // ...and the story of that pair finds it, though no article reports both.
    expect(storiesOf(['GUY-VEN'], links)).toEqual([['GUY-VEN', 'VEN']]);
  });
  it('negative: a lone party with no pair of its own keeps the usual rule', () => {
    const links = graphOf([['GUY', 'BRA-VEN'], ['BRA-VEN'], ['BRA-VEN']]);
    expect(sideTargetOf('GUY', links('GUY'))).toBe('BRA-VEN');
    const apart = graphOf([['GUY'], ['GUY'], ['GUY', 'BRA-VEN']]);
    expect(sideTargetOf('GUY', apart('GUY'))).toBeNull();
  });
  it('puts a lone party reported beside one pair with its main pair, and the two pairs in one story', () => {
    // Venezuela's lone statements are reported beside the US sanctions (USA-VEN) but most news
    // of Venezuela is the border pair (GUY-VEN): the lone party goes there, and the pair
    // reported beside it follows.
    const links = graphOf([...repeat(2, ['VEN', 'USA-VEN']), ['VEN'], ...repeat(3, ['GUY-VEN'])]);
    expect(sideTargetOf('VEN', links('VEN'))).toBe('GUY-VEN');
    expect(storiesOf(['GUY-VEN', 'USA-VEN'], links)).toEqual([['GUY-VEN', 'USA-VEN', 'VEN']]);
  });
  it('negative: a lone hub party never bridges two stories', () => {
    // The United States alone is reported beside the Korean pair, but its main pair is the
    // maritime one: it joins that story only, and the Korean story stays apart.
    const graph = graphOf([
      ...repeat(2, ['USA', 'PRK-USA']),
      ...repeat(6, ['PHL-USA', 'CHN-PHL']),
      ...repeat(3, ['PRK-USA', 'PRK-RUS']),
    ]);
    expect(sideTargetOf('USA', graph('USA'))).toBe('PHL-USA');
    expect(storiesOf(['PRK-RUS', 'CHN-PHL'], graph)).toEqual([
      ['CHN-PHL', 'PHL-USA', 'USA'],
      ['PRK-RUS', 'PRK-USA'],
    ]);
  });
  it('on a tie, joins another party before one of its own parties alone', () => {
    // FRD's lone acts would lead back to FRD-SYL itself: OST, as large, joins the pair to a story
    const links = graphOf([['FRD-SYL', 'FRD', 'OST'], ['FRD'], ['OST']]);
    expect(sideTargetOf('FRD-SYL', links('FRD-SYL'))).toBe('OST');
  });
  it('negative: its own party alone, when larger, is still the strongest neighbour', () => {
    const links = graphOf([['FRD-SYL', 'FRD', 'OST'], ['FRD'], ['FRD'], ['OST']]);
    expect(sideTargetOf('FRD-SYL', links('FRD-SYL'))).toBe('FRD');
  });
  it('has no side target when it has a story link', () => {
    const links = graphOf(repeat(3, ['PRK-RUS', 'PRK-UKR']));
    expect(sideTargetOf('PRK-RUS', links('PRK-RUS'))).toBeNull();
  });
});

describe('stories', () => {
  it('keeps two stories apart when one roundup reports both', () => {
    const graph = graphOf([
      ...repeat(6, ['PRK-RUS', 'PRK-UKR', 'RUS']),
      ...repeat(6, ['IND-PAK', 'PAK']),
      ['PRK-RUS', 'IND-PAK', 'UNO'],
    ]);
    // The roundup's own pair (UNO) goes to one side; it bridges nothing.
    expect(storiesOf(['PRK-RUS', 'IND-PAK'], graph)).toEqual([
      ['IND-PAK', 'PAK', 'UNO'],
      ['PRK-RUS', 'PRK-UKR', 'RUS'],
    ]);
  });
  it('puts a side pair in the story of the pair it joins, from either end', () => {
    const graph = graphOf([...repeat(4, ['GUY-VEN', 'VEN']), ['BRA-VEN', 'GUY-VEN']]);
    expect(storiesOf(['BRA-VEN'], graph)).toEqual([['BRA-VEN', 'GUY-VEN', 'VEN']]);
    expect(storiesOf(['VEN'], graph)).toEqual([['BRA-VEN', 'GUY-VEN', 'VEN']]);
  });
  it('does not let a hub party chain two stories', () => {
    const graph = graphOf([
      ...repeat(8, ['PRK-RUS', 'PRK-USA']),
      ...repeat(8, ['CHN-PHL', 'PHL-USA']),
      ['PRK-USA', 'PHL-USA'],
    ]);
    expect(storiesOf(['PRK-USA'], graph)).toEqual([['PRK-RUS', 'PRK-USA']]);
  });
});

describe('anchors', () => {
  it('groups an incident by its own pair when one of its events has it', () => {
    expect(
      anchorOf(
        'PRK-RUS',
        new Map([
          ['PRK-RUS', 1],
          ['PRK', 1],
        ]),
        new Map(),
      ),
    ).toBe('PRK-RUS');
  });
  it('falls back to the pair most of its events have', () => {
    expect(
      anchorOf(
        'PRK-USA',
        new Map([
          ['PRK-RUS', 2],
          ['USA', 1],
        ]),
        new Map(),
      ),
    ).toBe('PRK-RUS');
  });
  it('groups an incident with no party by the pair most of its articles report, or not at all', () => {
    const counts = new Map([
      ['PAK', 1],
      ['IND-PAK', 2],
      ['none', 5],
    ]);
    expect(anchorOf('none', new Map(), counts)).toBe('IND-PAK');
    expect(anchorOf('none', new Map(), new Map([['none', 3]]))).toBeNull();
  });
});

describe('storylines in time', () => {
  it('splits at long gaps and puts undated incidents in the largest run', () => {
    const segs = segmentByGap([
      { id: 'a', day: '2024-01-01' },
      { id: 'b', day: '2024-09-01' },
      { id: 'c', day: '2024-09-20' },
      { id: 'd', day: null },
    ]);
    expect(segs.map((s) => s.map((r) => r.id))).toEqual([['a'], ['b', 'c', 'd']]);
  });
  it('is the same whatever order the rows come in', () => {
    const rows = [
      { id: 'x', day: '2025-05-01' },
      { id: 'y', day: null },
      { id: 'z', day: '2025-05-02' },
    ];
    expect(segmentByGap([...rows].reverse())).toEqual(segmentByGap(rows));
  });
});

describe('storyline names', () => {
  const member = (id: string, parties: [string, string][], place: string | null): CrisisMember => ({
    id,
    day: '2025-03-0' + id,
    parties: parties.map(([code, name]) => ({ code, name })),
    place,
    reports: 1,
  });
  it('uses the two main parties by their common names and a place most incidents share', () => {
    const c = nameCrisis([
      member(
        '1',
        [
          ['VEN', 'Venezuela'],
          ['GUY', 'GUY'],
        ],
        'Essequibo',
      ),
      member(
        '2',
        [
          ['VEN', 'Venezuela president'],
          ['GUY', 'Guyana'],
        ],
        'Essequibo',
      ),
      member(
        '3',
        [
          ['VEN', 'Venezuela'],
          ['BRA', 'Brazil'],
        ],
        null,
      ),
    ]);
    expect(c.name).toBe('Guyana – Venezuela: Essequibo');
    expect(c.actors).toEqual(['VEN', 'GUY', 'BRA']);
  });
  it('names by month when no place is shared by enough incidents', () => {
    const c = nameCrisis([
      member('1', [['IND', 'India']], 'Pahalgam'),
      ...['2', '3', '4', '5', '6'].map((d) =>
        member(
          d,
          [
            ['IND', 'India'],
            ['PAK', 'Pakistan'],
          ],
          null,
        ),
      ),
    ]);
    expect(c.name).toBe('India – Pakistan, Mar 2025');
  });
  const sides: [string, string][] = [
    ['FRD', 'Freedonia'],
    ['SYL', 'Sylvania'],
  ];
  it('names the month where the weight of reports lies, not a stray early date', () => {
    const c = nameCrisis([
      { ...member('1', sides, null), day: '2024-06-10' },
      ...['2', '3', '4'].map((d) => ({ ...member(d, sides, null), day: `2025-04-1${d}` })),
    ]);
    expect(c.name).toBe('Freedonia – Sylvania, Apr 2025');
    expect(c.firstDate).toBe('2024-06-10');
  });
  it('negative: a heavily reported early incident does weigh', () => {
    const c = nameCrisis([
      { ...member('1', sides, null), day: '2024-06-10', reports: 5 },
      ...['2', '3'].map((d) => ({ ...member(d, sides, null), day: `2025-04-1${d}` })),
    ]);
    expect(c.name).toBe('Freedonia – Sylvania, Jun 2024');
  });
});
