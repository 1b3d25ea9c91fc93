import { describe, expect, it } from 'vitest';
import {
  datesAgree,
  eventMatches,
  matchBest,
  matchOneToOne,
  type GoldItem,
} from '../../src/eval/event-match.js';
import type { Event } from '../../src/model/index.js';

function gold(over: Partial<GoldItem>): GoldItem {
  return {
    article: 'a',
    types: ['AID', 'MOBILIZE'],
    mode: null,
    actors: ['FRD'],
    recipients: ['SYL'],
    place: null,
    date: null,
    quantity: null,
    attributions: [],
    evidence: '',
    ...over,
  };
}
function event(type: string, actors: string[], recipients: string[], date: string | null): Event {
  const ref = (code: string): Event['actors'][number] => ({
    code,
    sector: null,
    name: code,
    text: code,
  });
  const span = { start: 0, end: 1 };
  return {
    id: 'e',
    articleId: 'a',
    type: type as Event['type'],
    mode: null,
    context: [],
    actors: actors.map(ref),
    recipients: recipients.map(ref),
    place: null,
    when: date
      ? {
          date,
          precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
          text: date,
        }
      : null,
    quantity: null,
    modality: 'asserted',
    attributions: [],
    evidence: [{ span, text: 'x' }],
    trigger: { span, text: 'x' },
    ruleId: 'r',
    summary: 's',
  };
}

describe('matching rules of the corpus README', () => {
  it.each([
    ['2024-11-04', '2024-11-05', true],
    ['2024-11-04', '2024-11-06', false],
    ['2024-11', '2024-11-20', true],
    ['2024-11', '2024-10-31', false],
    ['2024-11-04', '2024-11', false],
    ['2024', '2024-03', true],
    [null, null, true],
    ['2024-11-04', null, false],
  ] as const)('gold %s vs extracted %s -> %s', (g, e, ok) => {
    expect(datesAgree(g, e)).toBe(ok);
  });
  it('needs the type among the gold types and overlapping parties; empty gold lists set no condition', () => {
    expect(eventMatches(gold({}), event('AID', ['FRD'], ['SYL'], null))).toBe(true);
    expect(eventMatches(gold({}), event('ASSAULT', ['FRD'], ['SYL'], null))).toBe(false);
    expect(eventMatches(gold({}), event('AID', ['OST'], ['SYL'], null))).toBe(false);
    expect(eventMatches(gold({ recipients: [] }), event('AID', ['FRD'], [], null))).toBe(true);
    expect(eventMatches(gold({ date: '2024-11-04' }), event('AID', ['FRD'], ['SYL'], null))).toBe(
      false,
    );
  });
  it('matches one to one, maximally', () => {
    const g = [gold({ date: null }), gold({ date: '2024-11-04' })];
    const e = [event('AID', ['FRD'], ['SYL'], '2024-11-04')];
    expect(matchOneToOne(g, e, (x, y) => eventMatches(x, y)).size).toBe(1);
    const e2 = [...e, event('MOBILIZE', ['FRD'], ['SYL'], null)];
    expect(matchOneToOne(g, e2, (x, y) => eventMatches(x, y)).size).toBe(2);
  });
  it('keeps the pairs of an earlier matching and matches the rest around them', () => {
    const g = [gold({ date: null }), gold({ date: '2024-11-04' })];
    const e = [event('AID', ['FRD'], ['SYL'], '2024-11-04'), event('AID', ['FRD'], ['SYL'], null)];
    const strict = matchOneToOne(g, e, (x, y) => eventMatches(x, y));
    const loose = matchOneToOne(g, e, (x, y) => eventMatches(x, y, false), strict);
    expect(loose.get(1)).toBe(strict.get(1));
    expect(loose.size).toBe(2);
    const none = matchOneToOne(g, e, () => false, new Map([[0, 1]]));
    expect([...none]).toEqual([[0, 1]]);
  });

  it('pairs the most items first, then the pairing whose attributes agree most', () => {
    // two attacks by one side on one day, in two towns: each gold item matches both events
    const g = [
      gold({ types: ['ASSAULT'], place: 'Hillford' }),
      gold({ types: ['ASSAULT'], place: 'Lakeport' }),
    ];
    const e = [event('ASSAULT', ['FRD'], ['SYL'], null), event('ASSAULT', ['FRD'], ['SYL'], null)];
    const placed = (x: Event, name: string): Event => ({
      ...x,
      place: { name, text: name, country: 'SYL', lat: 0, lon: 0 } as Event['place'],
    });
    const events = [placed(e[0] as Event, 'Hillford'), placed(e[1] as Event, 'Lakeport')];
    const ok = (x: GoldItem, y: Event): boolean => eventMatches(x, y);
    const samePlace = (x: GoldItem, y: Event): number => Number(x.place === y.place?.name);
    // the first augmenting path pairs them crosswise; the best pairing by place does not
    expect([...matchOneToOne(g, events, ok)]).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect([...matchBest(g, events, ok, samePlace)]).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // more pairs beat more agreement: the Hillford item agrees with the dated event, which the
    // dated item alone can match; it takes the other event, so that both are paired
    const g2 = [
      gold({ types: ['ASSAULT'], place: 'Hillford' }),
      gold({ types: ['ASSAULT'], date: '2024-11-04' }),
    ];
    const dated = placed(event('ASSAULT', ['FRD'], ['SYL'], '2024-11-04'), 'Hillford');
    const e2 = [dated, events[1] as Event];
    expect([...matchBest(g2, e2, ok, samePlace)]).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(matchBest(g2, [], ok, samePlace).size).toBe(0);
    expect(matchBest([], e2, ok, samePlace).size).toBe(0);
    // more gold items than events, and the other way round
    expect(matchBest(g, [events[1] as Event], ok, samePlace)).toEqual(new Map([[1, 0]]));
    expect(matchBest([g[1] as GoldItem], events, ok, samePlace)).toEqual(new Map([[0, 1]]));
  });
});
