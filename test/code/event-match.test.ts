import { describe, expect, it } from 'vitest';
import {
  datesAgree,
  eventMatches,
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
});
